import { EmptyState } from '../../../components/ui/EmptyState';

export function CovenantsSection({ name }: { name: string }) {
  return (
    <section className="section" aria-labelledby="covenants-title">
      <h2 id="covenants-title">Covenants</h2>
      <EmptyState title="No covenants yet">
        <p>
          Covenants for {name} will appear here. A community group, community business or voluntary organisation working
          in {name} can start one and invite the council and partners to draft it together.
        </p>
      </EmptyState>
    </section>
  );
}
