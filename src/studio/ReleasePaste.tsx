import { useState } from 'react';
import type { Report } from '../importer/report.ts';
import type { Draft } from './draft.ts';
import { fromRelease } from './fromRelease.ts';
import type { StudioMessages } from './messages.ts';

interface ReleasePasteProps {
  draft: Draft;
  onDraft: (draft: Draft) => void;
  messages: StudioMessages;
}

type Notice = { filled: boolean; reports: Report[]; waiting: number[] };

/** "Coller le texte du communiqué": the release's text read by the importer of `npm run import`. */
export function ReleasePaste({ draft, onDraft, messages }: ReleasePasteProps) {
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const { release } = messages;
  const fill = () => {
    const result = fromRelease(draft, text);
    if (result.draft) onDraft(result.draft);
    setNotice({ filled: result.draft !== undefined, reports: result.reports, waiting: result.waiting });
  };
  const where = (report: Report) => (report.line === undefined ? '' : `${release.line(report.line)}: `);
  return (
    <div className="eg-studio-field eg-studio-release">
      <label htmlFor="studio-release">{release.label}</label>
      <textarea
        id="studio-release"
        rows={4}
        value={text}
        aria-describedby="studio-release-hint"
        onChange={(event) => setText(event.target.value)}
      />
      <span className="eg-studio-field__hint" id="studio-release-hint">
        {release.hint}
      </span>
      <button type="button" onClick={fill} disabled={text.trim() === ''}>
        {release.fill}
      </button>
      {notice && (
        <div role={notice.filled ? 'status' : 'alert'} className="eg-studio-notice">
          <p>{notice.filled ? release.filled : release.refused}</p>
          {notice.waiting.length > 0 && <p>{release.waiting(notice.waiting.join(', '))}</p>}
          {notice.reports.length > 0 && (
            <ul>
              {notice.reports.map((report) => (
                <li key={`${report.line} ${report.message}`}>
                  {where(report)}
                  {report.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
