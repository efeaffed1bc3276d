import { RESPONSE_POSITION_LABELS, RESPONSE_POSITIONS, type ResponsePosition } from '@covenant/domain';
import type { CovenantSection } from './covenant';

const COUNT_OF: Record<ResponsePosition, 'agree' | 'disagree' | 'unsure'> = {
  AGREE: 'agree',
  DISAGREE: 'disagree',
  UNSURE: 'unsure',
};

/** How many agree, disagree and are unsure, in figures; the bar beneath shows the same shares at a glance. */
export function SectionFigures({ section }: { section: Pick<CovenantSection, 'agree' | 'disagree' | 'unsure'> }) {
  const total = section.agree + section.disagree + section.unsure;
  return (
    <div className="section-figures">
      <dl className="section-figures__counts">
        {RESPONSE_POSITIONS.map((position) => (
          <div key={position} className="section-figures__count">
            <dt>
              <span className={`section-figures__swatch section-figures__share--${COUNT_OF[position]}`} />
              {RESPONSE_POSITION_LABELS[position]}
            </dt>
            <dd>{section[COUNT_OF[position]]}</dd>
          </div>
        ))}
      </dl>
      {total ? (
        <div className="section-figures__bar" aria-hidden="true">
          {RESPONSE_POSITIONS.filter((position) => section[COUNT_OF[position]]).map((position) => (
            <span
              key={position}
              className={`section-figures__share section-figures__share--${COUNT_OF[position]}`}
              style={{ flexGrow: section[COUNT_OF[position]] }}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
