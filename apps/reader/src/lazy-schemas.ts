/**
 * Route schemas compiled on first use instead of before listening. Fastify compiles every
 * route's query validator and response serialiser while it gets ready (about a hundred Ajv
 * and fast-json-stringify compilations, the largest single cost of a cold `govledger serve`
 * before it can listen), although a freshly started server answers a handful of routes
 * first. Here each compilation is deferred to its route's first request, and the rest run
 * in the background once the server is warm ({@link LazySchemas.compileAll}).
 *
 * The compilers are Fastify's own defaults (`@fastify/ajv-compiler`,
 * `@fastify/fast-json-stringify-compiler`) with the same options: only the moment changes.
 * A schema that does not compile then fails at its first use or in the background
 * compilation rather than at start-up; the reader's tests, which build it eagerly, keep
 * catching such schemas.
 */
import AjvCompiler from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Compiled = ((...args: never[]) => unknown) & { errors?: unknown };

/** How long the background compilation pauses between routes, letting requests in. */
const COMPILE_PAUSE_MS = 5;

/** Deferred schema compilers for one Fastify instance (see the module comment). */
export class LazySchemas {
  /** Compilations not yet run. */
  readonly #pending = new Set<() => void>();

  /** The `schemaController` option that installs the deferred compilers. */
  controller(): NonNullable<FastifyServerOptions['schemaController']> {
    const validators = AjvCompiler();
    const serializers = SerializerSelector();
    return {
      compilersFactory: {
        buildValidator: (externalSchemas, options) => {
          const compile = validators(externalSchemas as never, options as never);
          return (route) => this.#deferred(() => compile(route as never) as unknown as Compiled) as never;
        },
        buildSerializer: (externalSchemas, options) => {
          const compile = serializers(externalSchemas as never, options as never);
          return (route) => this.#deferred(() => compile(route as never) as unknown as Compiled) as never;
        },
      },
    };
  }

  /** How many compilations have not run yet. */
  get pending(): number {
    return this.#pending.size;
  }

  /** Runs every compilation not yet run, one at a time with pauses between; stops when `signal` aborts. */
  async compileAll(signal?: AbortSignal): Promise<void> {
    for (const compile of [...this.#pending]) {
      if (signal?.aborted) return;
      compile();
      await new Promise((resolve) => setTimeout(resolve, COMPILE_PAUSE_MS));
    }
  }

  /**
   * A function that compiles on its first call (or when compiled in the background) and then
   * behaves as the compiled one, including Ajv's `errors` property after a failed validation.
   */
  #deferred(compile: () => Compiled): Compiled {
    let compiled: Compiled | undefined;
    const run = () => {
      if (compiled === undefined) {
        compiled = compile();
        this.#pending.delete(run);
      }
      return compiled;
    };
    this.#pending.add(run);
    const deferred = ((...args: never[]) => {
      const target = run();
      const result = target(...args);
      deferred.errors = target.errors;
      return result;
    }) as Compiled;
    return deferred;
  }
}
