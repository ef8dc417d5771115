import { card } from './card';
import { checkin } from './checkin';
import { core } from './core';
import { journal } from './journal';
import { glance } from './glance';
import { nudges } from './nudges';
import { options } from './options';
import { reflection } from './reflection';
import { pages } from './pages';
import { errors } from './errors';
import { policy } from './policy';
import { packs } from './packs';

/** English UI strings. Every other locale is checked against these keys. */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
