/**
 * What people outside a revision are told while the parties draft it: the API
 * shows them the version in force, and the comments, parties and audit trail
 * as they stood when the review began, and no amendments or responses
 * (`viewerCan.readWorkingDraft` is false).
 */
export const OUTSIDE_REVISION = {
  text: 'The version in force: the revision being drafted is shown to its parties',
  comments:
    'The parties are drafting a revision. These are the comments as they stood when the review began; ' +
    'comments on the revision are shown to everyone once it is opened for signature.',
  consultation:
    'The parties are drafting a revision. Until it is opened for signature, amendments and responses ' +
    'are shown to them only.',
  audit:
    'The parties are drafting a revision, so the record shown ends where the review began. ' +
    'Its own entries follow on from there, and are shown to everyone once it is opened for signature.',
};
