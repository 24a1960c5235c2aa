// Graph-shaped failures. Route code throws GraphFailure to stop early; DemoTenant turns it into
// {"error":{"code","message","innerError":{...}}} with the right status, so handle() never throws.

export interface GraphErrorDetail {
  code: string;
  message?: string;
  target?: string;
}

export class GraphFailure extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: GraphErrorDetail[] | undefined;
  readonly headers: Record<string, string>;
  /** Which fault mode produced this failure, for the request log. */
  readonly fault: string | undefined;

  constructor(status: number, code: string, message: string, extra: { details?: GraphErrorDetail[]; headers?: Record<string, string>; fault?: string } = {}) {
    super(message);
    this.name = 'GraphFailure';
    this.status = status;
    this.code = code;
    this.details = extra.details;
    this.headers = extra.headers ?? {};
    this.fault = extra.fault;
  }
}

export function fail(
  status: number,
  code: string,
  message: string,
  extra?: { details?: GraphErrorDetail[]; headers?: Record<string, string>; fault?: string },
): never {
  throw new GraphFailure(status, code, message, extra);
}

/** Graph's wording when an id names nothing of the requested kind (e.g. an SP id under /applications). */
export function resourceNotFound(id: string, fault?: string): never {
  fail(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    fault === undefined ? {} : { fault },
  );
}

export function insufficientPrivileges(fault?: string): never {
  fail(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', fault === undefined ? {} : { fault });
}

/** Graph answers `Invalid object identifier` (400) for ids that are not GUIDs at all. */
export function invalidObjectIdentifier(id: string): never {
  fail(400, 'Request_BadRequest', `Invalid object identifier '${id}'.`);
}
