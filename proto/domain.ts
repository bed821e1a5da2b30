// Typed face of the domain / feed protobuf schemas (farmacy.domain.v1): cloud side only.
import './protobuf-config.js'; // 64-bit fields as numbers; must come before the generated code
import { farmacy } from './gen/domain.js';

export const domainV1 = farmacy.domain.v1;
export type { farmacy as domainProto };
