import { CommitmentReminders1796191901504 } from './1796191901504-commitment-reminders';
import { CommitmentUpdates1796190960167 } from './1796190960167-commitment-updates';
import { Commitments1796188874552 } from './1796188874552-commitments';
import { Covenants1795871845497 } from './1795871845497-covenants';
import { DocumentUpdates1795874500578 } from './1795874500578-document-updates';
import { Foundation1795869184105 } from './1795869184105-foundation';
import { OutboxEmails1796405717171 } from './1796405717171-outbox-emails';
import { ReadsAtScale1796412077202 } from './1796412077202-reads-at-scale';
import { ResidentsVoice1796420000000 } from './1796420000000-residents-voice';
import { CommunityRights1796430000000 } from './1796430000000-community-rights';
import { SealKeys1796382701181 } from './1796382701181-seal-keys';
import { RateLimits1796383957812 } from './1796383957812-rate-limits';
import { Signing1796196378296 } from './1796196378296-signing';
import { VersionPdfs1796384957812 } from './1796384957812-version-pdfs';
import { VerifiedIdentities1796394887899 } from './1796394887899-verified-identities';

import { Commissioner1796440000000 } from './1796440000000-commissioner';
import { OpenCovenants1796450000000 } from './1796450000000-open-covenants';
import { OpenCovenantTallies1796460000000 } from './1796460000000-open-covenant-tallies';
import { OutboxSentIndex1796470000000 } from './1796470000000-outbox-sent-index';
/** Every migration, oldest first. */
export const MIGRATIONS: Function[] = [
  Foundation1795869184105,
  Covenants1795871845497,
  DocumentUpdates1795874500578,
  Commitments1796188874552,
  CommitmentUpdates1796190960167,
  CommitmentReminders1796191901504,
  Signing1796196378296,
  SealKeys1796382701181,
  RateLimits1796383957812,
  VersionPdfs1796384957812,
  VerifiedIdentities1796394887899,
  OutboxEmails1796405717171,
  ReadsAtScale1796412077202,
  ResidentsVoice1796420000000,
  CommunityRights1796430000000,
  Commissioner1796440000000,
  OpenCovenants1796450000000,
  OpenCovenantTallies1796460000000,
  OutboxSentIndex1796470000000,
];
