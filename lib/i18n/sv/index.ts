import type { Translation } from '../catalogue';
import { card } from './card';
import { checkin } from './checkin';
import { core } from './core';
import { glance } from './glance';
import { journal } from './journal';
import { nudges } from './nudges';
import { options } from './options';
import { reflection } from './reflection';
import { pages } from './pages';
import { errors } from './errors';
import { policy } from './policy';
import { packs } from './packs';

/** Swedish UI strings. */
export const sv = {
  ...core,
  ...journal,
  ...nudges,
  ...options,
  ...checkin,
  ...glance,
  ...card,
  ...reflection,
  ...pages,
  ...errors,
  ...policy,
  ...packs,
} as const satisfies Translation;
