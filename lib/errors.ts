/**
 * Errors the services throw on purpose. The action factory and pages turn them into Spanish messages
 * or a 404; anything else is unexpected and is logged with a reference instead of being shown.
 */
export class NotFoundError extends Error {
  constructor() {
    super("No encontrado");
  }
}

export class ForbiddenError extends Error {
  constructor(message = "No tiene permiso para realizar esta acción.") {
    super(message);
  }
}

export class ConflictError extends Error {
  constructor(message = "Otra persona modificó este registro; recargue la página. Lo que escribió no se ha perdido.") {
    super(message);
  }
}

/** A business rule refused the input; `field` puts the message next to the right form field. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("Su sesión terminó. Ingrese nuevamente.");
  }
}
