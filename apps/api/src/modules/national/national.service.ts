/**
 * The national picture: how community power is doing across every
 * neighbourhood, from a few SQL aggregates. It is the same for every reader
 * (the public picture), so one answer serves everyone for a few seconds.
 *
 * What counts: every neighbourhood and every covenant (by status: counts
 * reveal nothing of a covenant's content); commitments, councils' and places'
 * figures only from covenants anyone may read that have a version in force
 * (IN_FORCE or UNDER_REVIEW), the commitments of the parties that joined, so
 * each figure leads to pages people can open.
 * The places, for the map, are an open data file of every neighbourhood.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMITMENT_PROGRESSES,
  COVENANT_STATUSES,
  londonDay,
  mapOutline,
  OPEN_ESCALATION_STATUSES,
  overdueSql,
  placeStanding,
  type CommitmentCounts,
  type CommitmentProgress,
  type CovenantStatus,
  type PlaceStanding,
} from '@covenant/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { csvTable } from '../../core/web/csv';
import { CSV_LICENCE_LINE, JSON_LICENCE } from '../../core/web/open-data';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { assetRow } from '../assets/assets-open-data';
import { AssetsService } from '../assets/assets.service';

/** How long one computed picture serves every reader. */
const FRESH_MS = 10_000;

export interface DeliveryFigures {
  covenantsInForce: number;
  commitments: number;
  delivered: number;
  overdue: number;
}

export interface CouncilFigures extends DeliveryFigures {
  council: OrganisationEntity;
}

/** A neighbourhood on the national map, as its open data row: its figures and its simplified boundary. */
export interface PlaceRow extends DeliveryFigures {
  id: string;
  slug: string;
  name: string;
  localAuthority: string | null;
  standing: PlaceStanding;
  /** GeoJSON geometry, simplified for a national map; null without a boundary. */
  outline: unknown;
}

export interface NationalPicture {
  neighbourhoods: number;
  covenantsByStatus: { status: CovenantStatus; count: number }[];
  commitments: CommitmentCounts;
  assetsListed: number;
  moratoriaActive: number;
  serviceRequestsOverdue: number;
  escalationsOpen: number;
  councils: CouncilFigures[];
  generatedAt: Date;
}

type Row = Record<string, string | number | null>;
const int = (value: unknown) => Number(value ?? 0);
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Covenants in force anyone may read, with their commitments' figures, per covenant. */
const LIVE = `
  live AS (
    SELECT c.id, c.neighbourhood_id, n.local_authority_id AS council_id,
           count(m.id) AS commitments,
           count(m.id) FILTER (WHERE m.progress = 'DELIVERED') AS delivered,
           count(m.id) FILTER (WHERE ${overdueSql('m', '$1::date')}) AS overdue
      FROM covenants c
      JOIN neighbourhoods n ON n.id = c.neighbourhood_id
      LEFT JOIN (commitments m JOIN covenant_parties p ON p.id = m.party_id AND p.status = 'ACCEPTED')
             ON m.covenant_id = c.id
     WHERE c.visibility = 'PUBLIC' AND c.status IN ('IN_FORCE', 'UNDER_REVIEW')
     GROUP BY c.id, n.local_authority_id
  )`;
const FIGURES = `count(l.id) AS covenants_in_force, coalesce(sum(l.commitments), 0) AS commitments,
  coalesce(sum(l.delivered), 0) AS delivered, coalesce(sum(l.overdue), 0) AS overdue`;

function figures(row: Row): DeliveryFigures {
  return {
    covenantsInForce: int(row.covenants_in_force),
    commitments: int(row.commitments),
    delivered: int(row.delivered),
    overdue: int(row.overdue),
  };
}

/** One value kept for a short while, computed once however many ask at the same time. */
class Fresh<T> {
  private kept: { at: number; value: Promise<T> } | null = null;

  constructor(private readonly compute: () => Promise<T>) {}

  get(): Promise<T> {
    const now = Date.now();
    if (!this.kept || now - this.kept.at > FRESH_MS) {
      const value = this.compute();
      this.kept = { at: now, value };
      value.catch(() => {
        if (this.kept?.value === value) this.kept = null;
      });
    }
    return this.kept.value;
  }
}

@Injectable()
export class NationalService {
  private readonly picture = new Fresh(() => this.computePicture());
  private readonly placesFile = new Fresh(async () => placesFile(await this.computePlaces()));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assets: AssetsService,
  ) {}

  nationalPicture(): Promise<NationalPicture> {
    return this.picture.get();
  }

  /** Every neighbourhood by name, its figures and simplified boundary, as files written once for every reader. */
  placesFiles(): Promise<{ csv: string; json: string }> {
    return this.placesFile.get();
  }

  private async computePicture(): Promise<NationalPicture> {
    const generatedAt = new Date();
    const today = londonDay(generatedAt);
    const manager = this.dataSource.manager;
    // Separate statements on the pool, side by side: a picture seconds old is the point, not one snapshot.
    const [[counts], byStatus, records, commitments, councils] = await Promise.all([
      manager.query(
        `SELECT (SELECT count(*) FROM neighbourhoods) AS neighbourhoods,
                (SELECT count(*) FROM service_requests
                  WHERE status = 'SUBMITTED' AND response_due_on < $1::date) AS service_requests_overdue,
                (SELECT count(*) FROM escalations
                  WHERE status IN (${list(OPEN_ESCALATION_STATUSES)})) AS escalations_open`,
        [today],
      ) as Promise<Row[]>,
      manager.query('SELECT status, count(*) AS count FROM covenants GROUP BY status') as Promise<Row[]>,
      this.assets.everyRecord(),
      this.commitmentCounts(manager, today),
      this.councils(manager, today),
    ]);
    const assets = records.map((record) => assetRow(record, today));
    return {
      neighbourhoods: int(counts!.neighbourhoods),
      covenantsByStatus: COVENANT_STATUSES.map((status) => ({
        status,
        count: int(byStatus.find((row) => row.status === status)?.count),
      })),
      commitments,
      assetsListed: assets.filter((asset) => asset.status === 'LISTED').length,
      moratoriaActive: assets.filter(
        (asset) => asset.disposalPhase === 'INTERIM_MORATORIUM' || asset.disposalPhase === 'FULL_MORATORIUM',
      ).length,
      serviceRequestsOverdue: int(counts!.service_requests_overdue),
      escalationsOpen: int(counts!.escalations_open),
      councils,
      generatedAt,
    };
  }

  private async commitmentCounts(manager: EntityManager, today: string): Promise<CommitmentCounts> {
    const rows = (await manager.query(
      `SELECT m.progress, count(*) AS count, count(*) FILTER (WHERE ${overdueSql('m', '$1::date')}) AS overdue
         FROM commitments m
         JOIN covenant_parties p ON p.id = m.party_id AND p.status = 'ACCEPTED'
         JOIN covenants c ON c.id = m.covenant_id
        WHERE c.visibility = 'PUBLIC' AND c.status IN ('IN_FORCE', 'UNDER_REVIEW')
        GROUP BY m.progress`,
      [today],
    )) as Row[];
    const count = (progress: CommitmentProgress) => int(rows.find((row) => row.progress === progress)?.count);
    return {
      total: rows.reduce((sum, row) => sum + int(row.count), 0),
      byProgress: COMMITMENT_PROGRESSES.map((progress) => ({ progress, count: count(progress) })),
      overdue: rows.reduce((sum, row) => sum + int(row.overdue), 0),
    };
  }

  /** Every local authority, by name, with its organisation as it was read. */
  private async councils(manager: EntityManager, today: string): Promise<CouncilFigures[]> {
    const [rows, councils] = await Promise.all([
      manager.query(
        `WITH ${LIVE}
         SELECT o.id, ${FIGURES}
           FROM organisations o LEFT JOIN live l ON l.council_id = o.id
          WHERE o.kind = 'LOCAL_AUTHORITY'
          GROUP BY o.id`,
        [today],
      ) as Promise<Row[]>,
      manager.find(OrganisationEntity, { where: { kind: 'LOCAL_AUTHORITY' }, order: { name: 'ASC', id: 'ASC' } }),
    ]);
    const figuresOf = new Map(rows.map((row) => [String(row.id), figures(row)]));
    return councils.map((council) => ({ council, ...figuresOf.get(council.id)! }));
  }

  private async computePlaces(): Promise<PlaceRow[]> {
    const rows = (await this.dataSource.query(
      `WITH ${LIVE}
       SELECT n.id, n.slug, n.name, la.name AS local_authority, n.boundary, ${FIGURES}
         FROM neighbourhoods n
         LEFT JOIN organisations la ON la.id = n.local_authority_id
         LEFT JOIN live l ON l.neighbourhood_id = n.id
        GROUP BY n.id, la.name
        ORDER BY n.name, n.id`,
      [londonDay(new Date())],
    )) as (Row & { boundary: unknown })[];
    return rows.map((row) => {
      const place = figures(row);
      const outline = mapOutline(row.boundary);
      return {
        id: String(row.id),
        slug: String(row.slug),
        name: String(row.name),
        localAuthority: row.local_authority === null ? null : String(row.local_authority),
        ...place,
        standing: placeStanding(place),
        outline: outline === null ? null : (JSON.parse(outline) as unknown),
      };
    });
  }
}

export const PLACE_COLUMNS = [
  'id',
  'slug',
  'name',
  'localAuthority',
  'covenantsInForce',
  'commitments',
  'delivered',
  'overdue',
  'standing',
  'outline',
] as const;

/** The CSV carries the outline as GeoJSON text; the JSON as a GeoJSON geometry. */
function placesFile(places: PlaceRow[]): { csv: string; json: string } {
  const generatedAt = new Date().toISOString();
  const rows = places.map((place) => ({
    ...place,
    outline: place.outline === null ? null : JSON.stringify(place.outline),
  }));
  return {
    csv: `${CSV_LICENCE_LINE}${csvTable(PLACE_COLUMNS, rows)}`,
    json: JSON.stringify({ licence: JSON_LICENCE, generatedAt, rows: places }),
  };
}
