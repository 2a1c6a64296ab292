import { ArmResource, JsonValue } from './types';

/** A resource of a template and where it deploys: the subscription, or the resource group of its nested deployment. */
export interface PlacedResource {
  readonly resource: ArmResource;
  /** The enclosing nested deployment's `resourceGroup` (an expression or a name); absent at the subscription. */
  readonly resourceGroup?: string;
}

/**
 * Every resource of a template, depth first, the resources of nested deployments (`properties.template`)
 * included, each with the resource group it lands in. For tests and tools that inspect exported templates.
 */
export function templateResources(template: { readonly resources: readonly ArmResource[] }, resourceGroup?: string): PlacedResource[] {
  return template.resources.flatMap((resource) => {
    const placed: PlacedResource = { resource, ...(resourceGroup !== undefined && { resourceGroup }) };
    const inner = nestedTemplate(resource);
    const group = typeof resource.resourceGroup === 'string' ? resource.resourceGroup : resourceGroup;
    return inner ? [placed, ...templateResources(inner, group)] : [placed];
  });
}

function nestedTemplate(resource: ArmResource): { resources: readonly ArmResource[] } | undefined {
  const properties = resource.properties as { [key: string]: JsonValue } | undefined;
  const template = properties && typeof properties === 'object' && !Array.isArray(properties) ? properties.template : undefined;
  if (!template || typeof template !== 'object' || Array.isArray(template)) return undefined;
  const resources = (template as { [key: string]: JsonValue }).resources;
  return Array.isArray(resources) ? { resources: resources as readonly ArmResource[] } : undefined;
}
