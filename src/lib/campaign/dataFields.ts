import { z } from 'astro/zod';
import { campaignDataSchema } from '../../schemas/campaignData.ts';

/**
 * The published description of the campaign JSON, derived from its schema so the documentation
 * cannot drift from the files: a JSON Schema for programs (`/donasi/data/skema.json`) and a
 * table of fields for people (`/donasi/data/`).
 */

interface JsonSchemaNode {
  type?: string;
  format?: string;
  pattern?: string;
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
}

export function campaignDataJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(campaignDataSchema), $id: id, title: 'Data terbuka kampanye donasi ASN Prima' };
}

export interface DataField {
  /** `figures.raised`, `donationsByDay[].date`. */
  path: string;
  /** In words: "teks", "bilangan bulat", "tanggal", "daftar objek", ... */
  type: string;
  required: boolean;
  description: string;
}

function typeOf(node: JsonSchemaNode): string {
  if (node.const !== undefined) return `tetap ${JSON.stringify(node.const)}`;
  if (node.enum) return `salah satu dari ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.format === 'date-time') return 'waktu (ISO 8601)';
  if (node.format === 'uri') return 'alamat URL';
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'tanggal';
  switch (node.type) {
    case 'string':
      return 'teks';
    case 'integer':
      return 'bilangan bulat';
    case 'number':
      return 'bilangan';
    case 'boolean':
      return 'true atau false';
    case 'object':
      return 'objek';
    case 'array':
      return node.items?.type === 'object' ? 'daftar objek' : `daftar ${node.items ? typeOf(node.items) : ''}`.trim();
    default:
      return node.type ?? '-';
  }
}

function walk(node: JsonSchemaNode, prefix: string, out: DataField[]): void {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    out.push({ path, type: typeOf(child), required: node.required?.includes(name) ?? false, description: child.description ?? '' });
    if (child.type === 'object') walk(child, `${path}.`, out);
    if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[].`, out);
  }
}

/** Every field of the campaign JSON, nested ones after their parent, in the schema's order. */
export function campaignDataFields(): DataField[] {
  const out: DataField[] = [];
  walk(z.toJSONSchema(campaignDataSchema) as JsonSchemaNode, '', out);
  return out;
}
