/**
 * EC2 Image Builder pages: each entry renders its list, or the page of the resource whose ARN follows
 * its path (`#/imagebuilder/images/ARN`). Image and component ARNs name either a version (its build
 * versions are listed) or a build version (its details).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/what-is-image-builder.html
 */
import type { NavEntry } from '../../nav.js';
import { ownerOf } from '../../ui/ib-parts.js';
import { ComponentDetail, ComponentsPage, ComponentVersionPage } from './components.js';
import { ContainerRecipeDetail, ContainerRecipesPage } from './container-recipes.js';
import { DistributionDetail, DistributionPage } from './distribution.js';
import { ImageDetail } from './image-detail.js';
import { ImageRecipeDetail, ImageRecipesPage } from './image-recipes.js';
import { isBuildVersionArn } from './image-states.js';
import { ImagesPage, ImageVersionPage } from './images.js';
import { InfrastructureDetail, InfrastructurePage } from './infrastructure.js';
import { PipelineDetail } from './pipeline-detail.js';
import { PipelinesPage } from './pipelines.js';

const group = 'EC2 Image Builder';

export const imageBuilderNav: readonly NavEntry[] = [
  {
    path: 'imagebuilder/pipelines',
    label: 'Pipelines',
    group,
    render: ([arn]) => (arn ? <PipelineDetail arn={arn} /> : <PipelinesPage />),
  },
  {
    path: 'imagebuilder/images',
    label: 'Images',
    group,
    render: ([arn], query) => {
      if (!arn) return <ImagesPage owner={ownerOf(query)} />;
      return isBuildVersionArn(arn) ? <ImageDetail arn={arn} /> : <ImageVersionPage arn={arn} />;
    },
  },
  {
    path: 'imagebuilder/image-recipes',
    label: 'Image recipes',
    group,
    render: ([arn], query) =>
      arn ? <ImageRecipeDetail arn={arn} /> : <ImageRecipesPage owner={ownerOf(query)} />,
  },
  {
    path: 'imagebuilder/container-recipes',
    label: 'Container recipes',
    group,
    render: ([arn], query) =>
      arn ? <ContainerRecipeDetail arn={arn} /> : <ContainerRecipesPage owner={ownerOf(query)} />,
  },
  {
    path: 'imagebuilder/components',
    label: 'Components',
    group,
    render: ([arn], query) => {
      if (!arn) return <ComponentsPage owner={ownerOf(query)} />;
      return isBuildVersionArn(arn) ? <ComponentDetail arn={arn} /> : <ComponentVersionPage arn={arn} />;
    },
  },
  {
    path: 'imagebuilder/infrastructure',
    label: 'Infrastructure configurations',
    group,
    render: ([arn]) => (arn ? <InfrastructureDetail arn={arn} /> : <InfrastructurePage />),
  },
  {
    path: 'imagebuilder/distribution',
    label: 'Distribution settings',
    group,
    render: ([arn]) => (arn ? <DistributionDetail arn={arn} /> : <DistributionPage />),
  },
];
