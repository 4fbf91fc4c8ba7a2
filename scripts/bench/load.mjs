/**
 * The "load" part of `npm run bench` (run alone: `npm run bench -- --only=load --skip-build`):
 * a bounded load test on loopback. `node scripts/serve.mjs dist` (what `npm start` runs) in
 * its own process, and autocannon in the bench's process: 50 connections for 10 seconds,
 * each asking in turn for the home page, a guidance page and a hashed /_astro/ asset. It
 * prints requests per second, latency, and every error, timeout and non-2xx answer; the
 * budgets (scripts/bench-budgets.json, "load") want none of those and a floor for the rate.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const SERVER = resolve(import.meta.dirname, '..', 'serve.mjs');
const GUIDANCE = '/guidance/letter-before-proceedings/';

/** `node scripts/serve.mjs <dist>` on a free port (PORT=0): its address and a way to stop it. */
function startServer(dist) {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, [SERVER, dist], {
			env: { ...process.env, PORT: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => {
			out += d;
			const found = /being served at http:\/\/localhost:(\d+)\//.exec(out);
			if (found) resolvePromise({ base: `http://127.0.0.1:${found[1]}`, child, stderr: () => err });
		});
		child.stderr.on('data', (d) => (err += d));
		child.on('exit', (code) => reject(new Error(`scripts/serve.mjs stopped (exit code ${code}): ${err.trim()}`)));
	});
}

/** The paths asked for: the home page, a guidance page and the first stylesheet the home page links. */
export function loadPaths(dist) {
	const home = readFileSync(join(dist, 'index.html'), 'utf8');
	const asset =
		/<link rel="stylesheet" href="(\/_astro\/[^"]+)"/.exec(home)?.[1] ?? /src="(\/_astro\/[^"]+\.js)"/.exec(home)?.[1];
	if (!asset) throw new Error(`${join(dist, 'index.html')} links no /_astro/ stylesheet or script to ask for.`);
	if (!existsSync(join(dist, GUIDANCE, 'index.html')))
		throw new Error(`${GUIDANCE} is not in ${dist}: the load test asks for it.`);
	return ['/', GUIDANCE, asset];
}

export async function measureLoad(dist, { connections = 50, seconds = 10 } = {}) {
	const paths = loadPaths(dist);
	const server = await startServer(dist);
	try {
		const result = await autocannon({
			url: server.base,
			connections,
			duration: seconds,
			// Each connection asks for these in turn.
			requests: paths.map((path) => ({ method: 'GET', path })),
		});
		// The server must still be there and answering after the load.
		const after = await fetch(`${server.base}/`).then(
			(r) => r.status,
			(e) => `no answer (${e.message})`,
		);
		const load = {
			connections,
			seconds,
			paths,
			requests: result.requests.total,
			perSecond: result.requests.average,
			latency: {
				average: result.latency.average,
				p50: result.latency.p50,
				p90: result.latency.p90,
				p99: result.latency.p99,
				max: result.latency.max,
			},
			errors: result.errors,
			timeouts: result.timeouts,
			non2xx: result.non2xx,
			statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
			after,
			serverErrors: server.stderr().trim(),
		};
		console.log(
			`\n== Load: ${connections} connections for ${seconds} s on loopback (node scripts/serve.mjs dist, autocannon) ==`,
		);
		console.log(`Asked for, in turn: ${paths.join(', ')}`);
		console.log(
			`${load.requests.toLocaleString('en-GB')} requests, ${Math.round(load.perSecond).toLocaleString('en-GB')} per second`,
		);
		console.log(
			`Latency: average ${load.latency.average.toFixed(1)} ms, median ${load.latency.p50} ms, p90 ${load.latency.p90} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms`,
		);
		console.log(
			`Errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}; status codes ${JSON.stringify(load.statusCodes)}; GET / afterwards: ${after}`,
		);
		if (load.serverErrors) console.log(`The server wrote to stderr:\n${load.serverErrors}`);
		return load;
	} finally {
		server.child.kill();
	}
}

/** Budget lines for the load test, through the bench's check(ok, text). */
export function checkLoad(load, budget, check) {
	check(load.errors <= budget.errors, `load: errors ≤ ${budget.errors}: ${load.errors}`);
	check(load.timeouts <= budget.timeouts, `load: timeouts ≤ ${budget.timeouts}: ${load.timeouts}`);
	check(load.non2xx <= budget.non2xx, `load: non-2xx answers ≤ ${budget.non2xx}: ${load.non2xx}`);
	check(load.after === 200, `load: GET / answers 200 after the load: ${load.after}`);
	check(
		load.perSecond >= budget.minRequestsPerSecond,
		`load: requests per second ≥ ${budget.minRequestsPerSecond}: ${Math.round(load.perSecond)}`,
	);
	check(
		load.latency.p99 <= budget.maxP99LatencyMs,
		`load: p99 latency ≤ ${budget.maxP99LatencyMs} ms: ${load.latency.p99} ms`,
	);
}
