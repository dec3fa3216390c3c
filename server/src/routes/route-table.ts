import type { Core } from '@strapi/strapi';
import type controllers from '../controllers';

type Controllers = typeof controllers;

/** `controller.action` for every action the plugin's controllers define, derived from the factories themselves. */
export type Handler = { [C in keyof Controllers]: `${C & string}.${keyof ReturnType<Controllers[C]> & string}` }[keyof Controllers];

/** A router whose handlers name real actions: a misspelt or removed one fails the type-check, not the first request. */
export type RouteTable = Omit<Core.RouterInput, 'routes'> & { routes: (Omit<Core.RouteInput, 'handler'> & { handler: Handler })[] };
