// Request body validation against Microsoft's own Graph v1.0 schema (graph-schema.json, a subset of
// the CSDL extract in the shared reference): unknown properties, wrong value types, nulls where the
// schema forbids them. Messages follow the OData library Graph runs on.

import schemaJson from './graph-schema.json' with { type: 'json' };
import { fail } from './failures';
import { isGuid } from './ids';

interface PropertyDefinition {
  type: string;
  nullable?: boolean;
}

interface StructuredTypeDefinition {
  kind: 'EntityType' | 'ComplexType';
  base: string | null;
  props: Record<string, PropertyDefinition>;
  nav: Record<string, string>;
}

interface EnumTypeDefinition {
  kind: 'enum';
  members: string[];
}

type TypeDefinition = StructuredTypeDefinition | EnumTypeDefinition;

interface GraphSchema {
  types: Record<string, TypeDefinition>;
  actions: Record<string, { params: Record<string, string>; returns: string }>;
}

const schema = schemaJson as unknown as GraphSchema;

export type SchemaTypeName = 'application' | 'servicePrincipal' | 'appRoleAssignment';
export type SchemaActionName = 'applicationTemplate.instantiate' | 'servicePrincipal.addTokenSigningCertificate';

function structuredType(name: string): StructuredTypeDefinition | undefined {
  const definition = schema.types[name];
  return definition && definition.kind !== 'enum' ? definition : undefined;
}

/** All properties of a type including those inherited from its base types. */
function propertiesOf(typeName: string): Record<string, PropertyDefinition> {
  const definition = structuredType(typeName);
  if (!definition) return {};
  const inherited = definition.base ? propertiesOf(definition.base) : {};
  return { ...inherited, ...definition.props };
}

function navigationPropertiesOf(typeName: string): Record<string, string> {
  const definition = structuredType(typeName);
  if (!definition) return {};
  const inherited = definition.base ? navigationPropertiesOf(definition.base) : {};
  return { ...inherited, ...definition.nav };
}

export function propertyNamesOf(typeName: SchemaTypeName): ReadonlySet<string> {
  return new Set(Object.keys(propertiesOf(typeName)));
}

function unknownProperty(name: string, typeName: string): never {
  fail(
    400,
    'BadRequest',
    `The property '${name}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

function wrongType(path: string, expected: string): never {
  fail(400, 'BadRequest', `Invalid value for property '${path}': expected a value of type '${expected}'.`);
}

function nullNotAllowed(path: string, type: string): never {
  fail(
    400,
    'BadRequest',
    `A null value was found for the property named '${path}', which has the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`,
  );
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

function validatePrimitive(value: unknown, type: string, path: string): void {
  switch (type) {
    case 'Edm.String':
      if (typeof value !== 'string') wrongType(path, type);
      return;
    case 'Edm.Boolean':
      if (typeof value !== 'boolean') wrongType(path, type);
      return;
    case 'Edm.Int32':
      if (typeof value !== 'number' || !Number.isInteger(value)) wrongType(path, type);
      return;
    case 'Edm.Guid':
      if (!isGuid(value)) fail(400, 'BadRequest', `Cannot convert the literal '${String(value)}' to the expected type 'Edm.Guid'.`);
      return;
    case 'Edm.DateTimeOffset':
      if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
        fail(400, 'BadRequest', `Cannot convert the literal '${String(value)}' to the expected type 'Edm.DateTimeOffset'.`);
      }
      return;
    case 'Edm.Binary':
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/=_-]*$/.test(value)) wrongType(path, type);
      return;
    case 'Edm.Stream':
      fail(400, 'BadRequest', `The stream property '${path}' cannot be set in a request payload.`);
      return;
    default:
      // A primitive we do not model precisely: accept any JSON primitive.
      if (typeof value === 'object' && value !== null) wrongType(path, type);
  }
}

function validateValue(value: unknown, type: string, path: string): void {
  const collection = /^Collection\((.+)\)$/.exec(type);
  if (collection?.[1]) {
    if (!Array.isArray(value)) wrongType(path, type);
    value.forEach((item, index) => {
      if (item === null) nullNotAllowed(`${path}[${index}]`, collection[1] ?? type);
      validateValue(item, collection[1] ?? type, path);
    });
    return;
  }
  if (type.startsWith('Edm.')) {
    validatePrimitive(value, type, path);
    return;
  }
  const definition = schema.types[type];
  if (!definition) return; // a type outside the copied subset: accept
  if (definition.kind === 'enum') {
    if (typeof value !== 'string' || !definition.members.includes(value)) {
      fail(400, 'BadRequest', `The value '${String(value)}' is not a valid member of enumeration type 'microsoft.graph.${type}'.`);
    }
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) wrongType(path, `microsoft.graph.${type}`);
  validateStructuredObject(value as Record<string, unknown>, type);
}

/**
 * Validate a JSON object against a structured type. Complex types with no declared properties
 * (customSecurityAttributeValue) are open types and accept anything.
 */
export function validateStructuredObject(body: Record<string, unknown>, typeName: string): void {
  const properties = propertiesOf(typeName);
  const isOpenType = Object.keys(properties).length === 0;
  const navigation = navigationPropertiesOf(typeName);
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@') || name.includes('@odata.')) {
      if (name === '@odata.type' && value !== `#microsoft.graph.${typeName}`) {
        fail(400, 'BadRequest', `A type named '${String(value).replace(/^#/, '')}' could not be resolved by the model.`);
      }
      continue;
    }
    if (isOpenType) continue;
    if (navigation[name]) {
      fail(400, 'BadRequest', `The navigation property '${name}' cannot be set by this request; use its own endpoint.`);
    }
    const property = properties[name];
    if (!property) unknownProperty(name, typeName);
    if (value === null) {
      if (property.nullable === false) nullNotAllowed(name, property.type);
      continue;
    }
    validateValue(value, property.type, name);
  }
}

/** PATCH bodies: schema check plus the properties Graph refuses to change. */
export function validateEntityPatch(body: Record<string, unknown>, typeName: SchemaTypeName, readOnly: readonly string[]): void {
  validateStructuredObject(body, typeName);
  for (const name of readOnly) {
    if (name in body) fail(400, 'Request_BadRequest', `Property '${name}' is read-only and cannot be set.`);
  }
}

/** Action parameters (the bodies of instantiate and addTokenSigningCertificate). */
export function validateActionParameters(body: Record<string, unknown>, actionName: SchemaActionName): void {
  const action = schema.actions[actionName];
  if (!action) throw new Error(`Action ${actionName} missing from graph-schema.json`);
  const operation = actionName.split('.')[1] ?? actionName;
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@')) continue;
    const type = action.params[name];
    if (!type) {
      fail(400, 'BadRequest', `The parameter '${name}' in the request payload is not a valid parameter for the operation '${operation}'.`);
    }
    if (value !== null) validateValue(value, type, name);
  }
}
