/**
 * Starlight route middleware (astro.config.mjs, routeMiddleware): changes the
 * data of a page before it is drawn. The glossary's pages get the short menu
 * (src/lib/menu.ts), so that each stays within the 8 KB gzip budget for a page's
 * HTML: the A to Z and the letter pages are the glossary's content plus the menu.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { isGlossaryPath } from './lib/glossary.ts';
import { compactMenu } from './lib/menu.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (isGlossaryPath(context.url.pathname)) route.sidebar = compactMenu(route.sidebar);
});
