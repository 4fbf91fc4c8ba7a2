export function checkDist(dir: string): string[];
