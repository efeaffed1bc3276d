/**
 * Every asset of community value as national open data (contract/http.md):
 * fixed columns, under the Open Government Licence, as CSV with a licence
 * comment line or as JSON wrapping the rows with the licence and the time.
 */
import { disposalPhase, type AssetStatus } from '@covenant/domain';
import { csvTable } from '../../core/web/csv';
import { CSV_LICENCE_LINE, JSON_LICENCE } from '../../core/web/open-data';
import { clockOf, statusToday, type AssetRecord } from './assets.service';

export const ASSET_COLUMNS = [
  'id',
  'slug',
  'neighbourhood',
  'name',
  'address',
  'status',
  'decisionDueOn',
  'listedUntil',
  'disposalPhase',
  'interimEndsOn',
  'fullMoratoriumEndsOn',
  'protectedPeriodEndsOn',
] as const;

export type AssetRow = Record<(typeof ASSET_COLUMNS)[number], string | null>;

/** The latest notice's clocks are shown while it runs and after; an asset never noticed has none. */
export function assetRow(record: AssetRecord & { neighbourhoodName: string }, today: string): AssetRow {
  const { asset, disposal } = record;
  const clock = disposal ? clockOf(asset, disposal) : null;
  const status: AssetStatus = statusToday(record, today);
  return {
    id: asset.id,
    slug: asset.slug,
    neighbourhood: record.neighbourhoodName,
    name: asset.name,
    address: asset.address,
    status,
    decisionDueOn: asset.decisionDueOn,
    listedUntil: asset.listedUntil,
    disposalPhase: clock ? disposalPhase(clock, today) : null,
    interimEndsOn: clock?.interimEndsOn ?? null,
    fullMoratoriumEndsOn: clock?.fullMoratoriumEndsOn ?? null,
    protectedPeriodEndsOn: clock?.protectedPeriodEndsOn ?? null,
  };
}

export function assetsCsv(rows: AssetRow[]): string {
  return `${CSV_LICENCE_LINE}${csvTable(ASSET_COLUMNS, rows)}`;
}

export function assetsJson(rows: AssetRow[], generatedAt: Date) {
  return { licence: JSON_LICENCE, generatedAt: generatedAt.toISOString(), rows };
}
