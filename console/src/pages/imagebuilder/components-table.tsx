/**
 * The components of a recipe (ComponentConfiguration: ARN and parameters), linking to each component.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ComponentConfiguration.html
 */
import type { ComponentConfiguration } from '@aws-sdk/client-imagebuilder';
import { Table } from '../../ui/basics.js';
import { ArnLink } from '../../ui/ib-parts.js';
import { arnResourceName } from './image-states.js';

export function RecipeComponents(props: { components: readonly ComponentConfiguration[] | undefined }) {
  return (
    <Table
      rows={props.components ?? []}
      empty="No components."
      columns={[
        {
          title: 'Component',
          cell: (c) => (
            <ArnLink kind="components" arn={c.componentArn}>
              {arnResourceName(c.componentArn ?? '')}
            </ArnLink>
          ),
        },
        {
          title: 'Parameters',
          cell: (c) =>
            (c.parameters ?? []).map((p) => `${p.name ?? ''}=${(p.value ?? []).join(',')}`).join(' '),
        },
      ]}
    />
  );
}
