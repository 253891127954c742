// The plans this app is built with: `npm run data` builds each into data/<plan>/; the first is the one the app
// opens when the URL names none (`?plan=<id>` names another).

import shanghai from './shanghai-14fyp/plan.config';
import type { PlanConfig } from '../scripts/lib/plan-config';

export const PLANS: readonly PlanConfig[] = [shanghai];
