import type { ComponentChildren } from 'preact';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** Details under the text, e.g. what an import refused and why. */
  list?: string[];
}

/**
 * Messages about what just happened, in a polite live region. `children` go after the messages
 * (an "Urungkan" button), outside the region so they are not read out twice.
 */
export function Notices({ notices, children }: { notices: readonly Notice[]; children?: ComponentChildren }) {
  return (
    <div class="asesmen-notices-area">
      <div class="asesmen-notices" role="status">
        {notices.map((notice) => (
          <div key={notice.text} class={`asesmen-notice is-${notice.tone}`}>
            <p>{notice.text}</p>
            {notice.list && (
              <ul>
                {notice.list.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      {children}
    </div>
  );
}
