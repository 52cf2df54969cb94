import { Button, Field, TextArea } from '../shell/ui';

interface Props {
  reason: string;
  onReason: (reason: string) => void;
  errors?: string[];
  onCancel: () => void;
}

/** The end of every correction form: why it is corrected (kept in the history), then save or cancel. */
export default function CorrectionReason({ reason, onReason, errors, onCancel }: Props) {
  return (
    <>
      <Field label="訂正の理由" required hint="変更履歴に残ります" errors={errors}>
        {(a) => <TextArea {...a} value={reason} onChange={(e) => onReason(e.target.value)} />}
      </Field>
      <div className="flex gap-4">
        <Button type="submit">訂正を保存</Button>
        <Button kind="secondary" onClick={onCancel}>やめる</Button>
      </div>
    </>
  );
}
