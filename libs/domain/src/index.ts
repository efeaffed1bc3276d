export * from './organisations';
export * from './area-codes';
export * from './slug';
export * from './geojson';
export * from './pages';
export * from './passwords';
export * from './organisation-policy';
