import {
  COMMITMENT_PROGRESS_LABELS,
  COMMITMENT_PROGRESSES,
  isSafeLink,
  type CommitmentProgress,
} from '@covenant/domain';
import { Button } from '../../../components/ui/Button';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Select } from '../../../components/ui/Select';
import { TextArea } from '../../../components/ui/TextArea';
import { TextField } from '../../../components/ui/TextField';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useReportProgress } from '../api/report-progress';
import type { CovenantCommitment } from './covenant';
import { PanelForm } from './PanelForm';

type ReportField = 'progress' | 'percentComplete' | 'note' | 'evidenceUrl';
const FIELDS: readonly ReportField[] = ['progress', 'percentComplete', 'note', 'evidenceUrl'];
const PROGRESS_OPTIONS = COMMITMENT_PROGRESSES.map((value) => ({ value, label: COMMITMENT_PROGRESS_LABELS[value] }));

/** A party tells the neighbourhood how a commitment is going, with a link to the evidence; every report is kept. */
export function ProgressReportForm({
  commitment,
  slug,
  onDone,
}: {
  commitment: CovenantCommitment;
  slug: string;
  onDone: () => void;
}) {
  const report = useReportProgress(slug);
  const form = useForm({
    mutation: report,
    fields: FIELDS,
    initialValues: {
      progress: commitment.progress as CommitmentProgress,
      percentComplete: String(commitment.percentComplete),
      note: '',
      evidenceUrl: '',
    },
    validate: (values) => {
      const percent = Number(values.percentComplete);
      const problems: FieldErrors<ReportField> = {};
      if (!/^\d{1,3}$/.test(values.percentComplete.trim()) || percent > 100) {
        problems.percentComplete = 'Give a whole number from 0 to 100.';
      } else if (values.progress === 'DELIVERED' && percent !== 100) {
        problems.percentComplete = 'A delivered commitment is 100% complete.';
      }
      if (!values.note.trim()) problems.note = 'Say what happened, e.g. “Lifeguards hired; Sunday swims start in May”.';
      if (values.note.trim().length > 2000) problems.note = 'Keep the note to 2,000 characters.';
      const url = values.evidenceUrl.trim();
      if (url && !isSafeLink(url)) {
        problems.evidenceUrl = 'Link to evidence with a web address starting with https:// or http://.';
      }
      return problems;
    },
    submit: (values) =>
      report.mutate(
        {
          commitmentId: commitment.id,
          progress: values.progress,
          percentComplete: Number(values.percentComplete),
          note: values.note.trim(),
          evidenceUrl: values.evidenceUrl.trim() || null,
        },
        { onSuccess: onDone },
      ),
  });
  const { values, errors } = form;

  return (
    <PanelForm
      className="progress-form"
      level="h5"
      title={<>Report progress on “{commitment.title}”</>}
      onSubmit={form.onSubmit}
      onClose={onDone}
    >
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <div className="form-row">
        <Select
          label="Progress"
          name="progress"
          options={PROGRESS_OPTIONS}
          value={values.progress}
          onChange={(event) => {
            const progress = event.target.value as CommitmentProgress;
            form.setValues((current) => ({
              ...current,
              progress,
              percentComplete: progress === 'DELIVERED' ? '100' : current.percentComplete,
            }));
          }}
          error={errors.progress}
        />
        <TextField label="Per cent complete" inputMode="numeric" {...form.field('percentComplete')} hint="0 to 100" />
      </div>
      <TextArea
        label="What happened"
        rows={3}
        {...form.field('note')}
        hint="Residents read this on the accountability page."
        maxLength={2000}
      />
      <TextField
        label="Link to evidence"
        type="url"
        optional
        {...form.field('evidenceUrl')}
        hint="A web page, minutes or a photo album that shows it, starting with https://."
      />
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Reporting…">
          Report progress
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </PanelForm>
  );
}
