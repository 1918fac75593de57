/** An IAM entity's tags as a table. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html */
import type { Tag } from '@aws-sdk/client-iam';
import { Table } from '../../ui/basics.js';

export function TagsSection(props: { tags: readonly Tag[] | undefined }) {
  return (
    <section aria-label="Tags">
      <h2>Tags</h2>
      <Table
        rows={props.tags ?? []}
        empty="No tags."
        columns={[
          { title: 'Key', cell: (tag) => tag.Key },
          { title: 'Value', cell: (tag) => tag.Value },
        ]}
      />
    </section>
  );
}
