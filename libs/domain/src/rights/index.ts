export * from './rule-sets';
export * from './calendar';
export * from './asset-clock';
export * from './service-requests';
export * from './reminders';
export * from './equal-shares';
export * from './policy';
