// Loads the built data files once, on demand, and shares them.

import { dataUrl } from '../config';
import { makePlan, type Plan } from './plan';
import type { ClauseUnit } from './types';

async function getJson<T>(file: string): Promise<T> {
  const res = await fetch(dataUrl(file));
  if (!res.ok) throw new Error(`data/${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

let plan: Promise<Plan> | undefined;

export function loadPlan(): Promise<Plan> {
  plan ??= getJson<ClauseUnit[]>('clauses.json').then(makePlan);
  return plan;
}
