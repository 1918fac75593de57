/**
 * Keeps the build states of a list of images current: every 2 s while any of them is in progress,
 * GetImage for each of those, and their new state patched into the list (the pages already read stay).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html
 */
import { GetImageCommand, type ImageSummary } from '@aws-sdk/client-imagebuilder';
import { useEffect, useState } from 'preact/hooks';
import type { Clients } from '../../aws/clients.js';
import type { PagedList } from '../../ui/ib-paged-list.js';
import { isInProgress, REFRESH_MS } from './image-states.js';

export function useBuildRefresh(clients: Clients, list: PagedList<ImageSummary>): void {
  const going = list.items.filter((image) => image.arn && isInProgress(image.state?.status));
  const [tick, setTick] = useState(0);
  const key = going.map((image) => `${image.arn} ${image.state?.status}`).join(',');
  useEffect(() => {
    if (going.length === 0) return undefined;
    let stopped = false;
    const timer = setTimeout(async () => {
      const fresh = await Promise.all(
        going.map((image) =>
          clients.imagebuilder
            .send(new GetImageCommand({ imageBuildVersionArn: image.arn }))
            .then((out) => out.image)
            .catch(() => undefined),
        ),
      );
      if (stopped) return;
      const byArn = new Map(fresh.flatMap((image) => (image?.arn ? [[image.arn, image] as const] : [])));
      list.update((items) =>
        items.map((item) => {
          const image = item.arn ? byArn.get(item.arn) : undefined;
          return image ? { ...item, state: image.state, outputResources: image.outputResources } : item;
        }),
      );
      setTick((n) => n + 1);
    }, REFRESH_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, tick, clients]);
}
