import type { Scale, Statement } from '~/schemas/assessment';
import type { AnswerValue } from '~/lib/assessment/scoring';

interface Props {
  statement: Statement;
  /** 1-based position in the whole assessment, so "Pernyataan 7 dari 25" matches the progress. */
  number: number;
  total: number;
  scale: Scale;
  value: AnswerValue | undefined;
  onAnswer: (id: string, value: AnswerValue) => void;
}

/**
 * One statement as a fieldset of native radios: the browser gives arrow-key movement within the
 * group, Tab between groups, and the legend as the group's name for screen readers.
 */
export function StatementField({ statement, number, total, scale, value, onAnswer }: Props) {
  const name = `asesmen-${statement.id}`;
  return (
    <fieldset class="asesmen-statement" data-statement={statement.id}>
      <legend>
        <span class="asesmen-statement-number">
          Pernyataan {number} dari {total}
        </span>
        <span class="asesmen-statement-text">{statement.text}</span>
      </legend>
      <div class="asesmen-options">
        {scale.options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div class="asesmen-option" key={option.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onAnswer(statement.id, option.value)}
              />
              <label for={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
