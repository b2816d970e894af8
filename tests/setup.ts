import { describe, it } from 'vitest';
import { RuleTester } from '../src/testing/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
