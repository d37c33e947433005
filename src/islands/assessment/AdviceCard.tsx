import type { AdviceStep } from '~/schemas/assessment';
import type { ReadingLink } from './types.ts';

interface Props {
  /** Id of the heading, which names the card. */
  id: string;
  heading: string;
  steps: readonly AdviceStep[];
  reading: readonly ReadingLink[];
  /** The line above the reading list, e.g. "Bacaan tentang pilar Inovatif:". */
  readingIntro: string;
  /** The pillar, for tests and styles. */
  pillar: string;
}

/** The steps for one pillar that needs work, with a few articles to read on it. */
export function AdviceCard({ id, heading, steps, reading, readingIntro, pillar }: Props) {
  return (
    <article class="asesmen-advice" data-pillar={pillar} aria-labelledby={id}>
      <h4 id={id}>{heading}</h4>
      <ol>
        {steps.map((step) => (
          <li key={step.title}>
            <strong>{step.title}.</strong> {step.text}
          </li>
        ))}
      </ol>
      {reading.length > 0 && (
        <div class="asesmen-reading">
          <p>{readingIntro}</p>
          <ul>
            {reading.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
