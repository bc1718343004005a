/** The mapping module's public surface: validation, updates and the rule table. */
export { validateMapping, applyUpdate } from './validateMapping.ts';
export type { ValidateContext, MappingValidation } from './validateMapping.ts';
export type { MappingEra } from './checkEra.ts';
export {
  MAPPING_RULES,
  MEMBER_RULES,
  INVALID_MEMBER_RULES,
  memberRule,
  invalidMemberRule,
  checkRule,
} from './mappingRules.ts';
export type {
  MappingRule,
  MemberRule,
  InvalidMemberRule,
  CheckRule,
  MemberType,
  KafkaSource,
} from './mappingRules.ts';
export type { KafkaMapping, MappingError, StartingPosition } from './KafkaMapping.ts';
export { AWS_SOURCES } from './awsSources.ts';
export { DEFAULT_FUNCTION_NAME, DEFAULT_CLUSTER_ARN } from './buildKafkaMapping.ts';
