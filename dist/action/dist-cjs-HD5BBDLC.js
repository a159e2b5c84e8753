import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist_cjs
} from "./chunk-QSWCOOB3.js";
import "./chunk-DFX7IK7V.js";
import "./chunk-C3EO7UAI.js";
import "./chunk-5BGUTQJE.js";
import "./chunk-VKFPFGRN.js";

// commonjs-namespace:node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var exported = require_dist_cjs();
var dist_cjs_default = exported;
var named0 = exported["$Command"];
var named1 = exported["AIDetails$"];
var named2 = exported["AcceptAdministratorInvitation$"];
var named3 = exported["AcceptAdministratorInvitationCommand"];
var named4 = exported["AcceptAdministratorInvitationRequest$"];
var named5 = exported["AcceptAdministratorInvitationResponse$"];
var named6 = exported["AcceptInvitation$"];
var named7 = exported["AcceptInvitationCommand"];
var named8 = exported["AcceptInvitationRequest$"];
var named9 = exported["AcceptInvitationResponse$"];
var named10 = exported["AccessDeniedException"];
var named11 = exported["AccessDeniedException$"];
var named12 = exported["AccountDetails$"];
var named13 = exported["AccountFreeTrialStatus$"];
var named14 = exported["Action$"];
var named15 = exported["ActionLocalIpDetails$"];
var named16 = exported["ActionLocalPortDetails$"];
var named17 = exported["ActionRemoteIpDetails$"];
var named18 = exported["ActionRemotePortDetails$"];
var named19 = exported["ActionTarget$"];
var named20 = exported["Actor$"];
var named21 = exported["ActorSession$"];
var named22 = exported["ActorSessionMfaStatus"];
var named23 = exported["ActorUser$"];
var named24 = exported["Adjustment$"];
var named25 = exported["AdminAccount$"];
var named26 = exported["AdminStatus"];
var named27 = exported["AggregatorV2$"];
var named28 = exported["AllowedOperators"];
var named29 = exported["AssociatedStandard$"];
var named30 = exported["AssociationFilters$"];
var named31 = exported["AssociationSetDetails$"];
var named32 = exported["AssociationStateDetails$"];
var named33 = exported["AssociationStatus"];
var named34 = exported["AssociationType"];
var named35 = exported["AutoEnableStandards"];
var named36 = exported["AutomationRulesAction$"];
var named37 = exported["AutomationRulesActionType"];
var named38 = exported["AutomationRulesActionTypeObjectV2$"];
var named39 = exported["AutomationRulesActionTypeV2"];
var named40 = exported["AutomationRulesActionV2$"];
var named41 = exported["AutomationRulesConfig$"];
var named42 = exported["AutomationRulesFindingFieldsUpdate$"];
var named43 = exported["AutomationRulesFindingFieldsUpdateV2$"];
var named44 = exported["AutomationRulesFindingFilters$"];
var named45 = exported["AutomationRulesMetadata$"];
var named46 = exported["AutomationRulesMetadataV2$"];
var named47 = exported["AvailabilityZone$"];
var named48 = exported["AwsAmazonMqBrokerDetails$"];
var named49 = exported["AwsAmazonMqBrokerEncryptionOptionsDetails$"];
var named50 = exported["AwsAmazonMqBrokerLdapServerMetadataDetails$"];
var named51 = exported["AwsAmazonMqBrokerLogsDetails$"];
var named52 = exported["AwsAmazonMqBrokerLogsPendingDetails$"];
var named53 = exported["AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$"];
var named54 = exported["AwsAmazonMqBrokerUsersDetails$"];
var named55 = exported["AwsApiCallAction$"];
var named56 = exported["AwsApiCallActionDomainDetails$"];
var named57 = exported["AwsApiGatewayAccessLogSettings$"];
var named58 = exported["AwsApiGatewayCanarySettings$"];
var named59 = exported["AwsApiGatewayEndpointConfiguration$"];
var named60 = exported["AwsApiGatewayMethodSettings$"];
var named61 = exported["AwsApiGatewayRestApiDetails$"];
var named62 = exported["AwsApiGatewayStageDetails$"];
var named63 = exported["AwsApiGatewayV2ApiDetails$"];
var named64 = exported["AwsApiGatewayV2RouteSettings$"];
var named65 = exported["AwsApiGatewayV2StageDetails$"];
var named66 = exported["AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$"];
var named67 = exported["AwsAppSyncGraphQlApiDetails$"];
var named68 = exported["AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$"];
var named69 = exported["AwsAppSyncGraphQlApiLogConfigDetails$"];
var named70 = exported["AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$"];
var named71 = exported["AwsAppSyncGraphQlApiUserPoolConfigDetails$"];
var named72 = exported["AwsAthenaWorkGroupConfigurationDetails$"];
var named73 = exported["AwsAthenaWorkGroupConfigurationResultConfigurationDetails$"];
var named74 = exported["AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$"];
var named75 = exported["AwsAthenaWorkGroupDetails$"];
var named76 = exported["AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$"];
var named77 = exported["AwsAutoScalingAutoScalingGroupDetails$"];
var named78 = exported["AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$"];
var named79 = exported["AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$"];
var named80 = exported["AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$"];
var named81 = exported["AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$"];
var named82 = exported["AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$"];
var named83 = exported["AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$"];
var named84 = exported["AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$"];
var named85 = exported["AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$"];
var named86 = exported["AwsAutoScalingLaunchConfigurationDetails$"];
var named87 = exported["AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$"];
var named88 = exported["AwsAutoScalingLaunchConfigurationMetadataOptions$"];
var named89 = exported["AwsBackupBackupPlanAdvancedBackupSettingsDetails$"];
var named90 = exported["AwsBackupBackupPlanBackupPlanDetails$"];
var named91 = exported["AwsBackupBackupPlanDetails$"];
var named92 = exported["AwsBackupBackupPlanLifecycleDetails$"];
var named93 = exported["AwsBackupBackupPlanRuleCopyActionsDetails$"];
var named94 = exported["AwsBackupBackupPlanRuleDetails$"];
var named95 = exported["AwsBackupBackupVaultDetails$"];
var named96 = exported["AwsBackupBackupVaultNotificationsDetails$"];
var named97 = exported["AwsBackupRecoveryPointCalculatedLifecycleDetails$"];
var named98 = exported["AwsBackupRecoveryPointCreatedByDetails$"];
var named99 = exported["AwsBackupRecoveryPointDetails$"];
var named100 = exported["AwsBackupRecoveryPointLifecycleDetails$"];
var named101 = exported["AwsCertificateManagerCertificateDetails$"];
var named102 = exported["AwsCertificateManagerCertificateDomainValidationOption$"];
var named103 = exported["AwsCertificateManagerCertificateExtendedKeyUsage$"];
var named104 = exported["AwsCertificateManagerCertificateKeyUsage$"];
var named105 = exported["AwsCertificateManagerCertificateOptions$"];
var named106 = exported["AwsCertificateManagerCertificateRenewalSummary$"];
var named107 = exported["AwsCertificateManagerCertificateResourceRecord$"];
var named108 = exported["AwsCloudFormationStackDetails$"];
var named109 = exported["AwsCloudFormationStackDriftInformationDetails$"];
var named110 = exported["AwsCloudFormationStackOutputsDetails$"];
var named111 = exported["AwsCloudFrontDistributionCacheBehavior$"];
var named112 = exported["AwsCloudFrontDistributionCacheBehaviors$"];
var named113 = exported["AwsCloudFrontDistributionDefaultCacheBehavior$"];
var named114 = exported["AwsCloudFrontDistributionDetails$"];
var named115 = exported["AwsCloudFrontDistributionLogging$"];
var named116 = exported["AwsCloudFrontDistributionOriginCustomOriginConfig$"];
var named117 = exported["AwsCloudFrontDistributionOriginGroup$"];
var named118 = exported["AwsCloudFrontDistributionOriginGroupFailover$"];
var named119 = exported["AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$"];
var named120 = exported["AwsCloudFrontDistributionOriginGroups$"];
var named121 = exported["AwsCloudFrontDistributionOriginItem$"];
var named122 = exported["AwsCloudFrontDistributionOriginS3OriginConfig$"];
var named123 = exported["AwsCloudFrontDistributionOriginSslProtocols$"];
var named124 = exported["AwsCloudFrontDistributionOrigins$"];
var named125 = exported["AwsCloudFrontDistributionViewerCertificate$"];
var named126 = exported["AwsCloudTrailTrailDetails$"];
var named127 = exported["AwsCloudWatchAlarmDetails$"];
var named128 = exported["AwsCloudWatchAlarmDimensionsDetails$"];
var named129 = exported["AwsCodeBuildProjectArtifactsDetails$"];
var named130 = exported["AwsCodeBuildProjectDetails$"];
var named131 = exported["AwsCodeBuildProjectEnvironment$"];
var named132 = exported["AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$"];
var named133 = exported["AwsCodeBuildProjectEnvironmentRegistryCredential$"];
var named134 = exported["AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$"];
var named135 = exported["AwsCodeBuildProjectLogsConfigDetails$"];
var named136 = exported["AwsCodeBuildProjectLogsConfigS3LogsDetails$"];
var named137 = exported["AwsCodeBuildProjectSource$"];
var named138 = exported["AwsCodeBuildProjectVpcConfig$"];
var named139 = exported["AwsCorsConfiguration$"];
var named140 = exported["AwsDmsEndpointDetails$"];
var named141 = exported["AwsDmsReplicationInstanceDetails$"];
var named142 = exported["AwsDmsReplicationInstanceReplicationSubnetGroupDetails$"];
var named143 = exported["AwsDmsReplicationInstanceVpcSecurityGroupsDetails$"];
var named144 = exported["AwsDmsReplicationTaskDetails$"];
var named145 = exported["AwsDynamoDbTableAttributeDefinition$"];
var named146 = exported["AwsDynamoDbTableBillingModeSummary$"];
var named147 = exported["AwsDynamoDbTableDetails$"];
var named148 = exported["AwsDynamoDbTableGlobalSecondaryIndex$"];
var named149 = exported["AwsDynamoDbTableKeySchema$"];
var named150 = exported["AwsDynamoDbTableLocalSecondaryIndex$"];
var named151 = exported["AwsDynamoDbTableProjection$"];
var named152 = exported["AwsDynamoDbTableProvisionedThroughput$"];
var named153 = exported["AwsDynamoDbTableProvisionedThroughputOverride$"];
var named154 = exported["AwsDynamoDbTableReplica$"];
var named155 = exported["AwsDynamoDbTableReplicaGlobalSecondaryIndex$"];
var named156 = exported["AwsDynamoDbTableRestoreSummary$"];
var named157 = exported["AwsDynamoDbTableSseDescription$"];
var named158 = exported["AwsDynamoDbTableStreamSpecification$"];
var named159 = exported["AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$"];
var named160 = exported["AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$"];
var named161 = exported["AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$"];
var named162 = exported["AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$"];
var named163 = exported["AwsEc2ClientVpnEndpointClientConnectOptionsDetails$"];
var named164 = exported["AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$"];
var named165 = exported["AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$"];
var named166 = exported["AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$"];
var named167 = exported["AwsEc2ClientVpnEndpointDetails$"];
var named168 = exported["AwsEc2EipDetails$"];
var named169 = exported["AwsEc2InstanceDetails$"];
var named170 = exported["AwsEc2InstanceMetadataOptions$"];
var named171 = exported["AwsEc2InstanceMonitoringDetails$"];
var named172 = exported["AwsEc2InstanceNetworkInterfacesDetails$"];
var named173 = exported["AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$"];
var named174 = exported["AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$"];
var named175 = exported["AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$"];
var named176 = exported["AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$"];
var named177 = exported["AwsEc2LaunchTemplateDataCpuOptionsDetails$"];
var named178 = exported["AwsEc2LaunchTemplateDataCreditSpecificationDetails$"];
var named179 = exported["AwsEc2LaunchTemplateDataDetails$"];
var named180 = exported["AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$"];
var named181 = exported["AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$"];
var named182 = exported["AwsEc2LaunchTemplateDataEnclaveOptionsDetails$"];
var named183 = exported["AwsEc2LaunchTemplateDataHibernationOptionsDetails$"];
var named184 = exported["AwsEc2LaunchTemplateDataIamInstanceProfileDetails$"];
var named185 = exported["AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$"];
var named186 = exported["AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$"];
var named187 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$"];
var named188 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$"];
var named189 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$"];
var named190 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsDetails$"];
var named191 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$"];
var named192 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$"];
var named193 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$"];
var named194 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$"];
var named195 = exported["AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$"];
var named196 = exported["AwsEc2LaunchTemplateDataLicenseSetDetails$"];
var named197 = exported["AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$"];
var named198 = exported["AwsEc2LaunchTemplateDataMetadataOptionsDetails$"];
var named199 = exported["AwsEc2LaunchTemplateDataMonitoringDetails$"];
var named200 = exported["AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$"];
var named201 = exported["AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$"];
var named202 = exported["AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$"];
var named203 = exported["AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$"];
var named204 = exported["AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$"];
var named205 = exported["AwsEc2LaunchTemplateDataPlacementDetails$"];
var named206 = exported["AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$"];
var named207 = exported["AwsEc2LaunchTemplateDetails$"];
var named208 = exported["AwsEc2NetworkAclAssociation$"];
var named209 = exported["AwsEc2NetworkAclDetails$"];
var named210 = exported["AwsEc2NetworkAclEntry$"];
var named211 = exported["AwsEc2NetworkInterfaceAttachment$"];
var named212 = exported["AwsEc2NetworkInterfaceDetails$"];
var named213 = exported["AwsEc2NetworkInterfaceIpV6AddressDetail$"];
var named214 = exported["AwsEc2NetworkInterfacePrivateIpAddressDetail$"];
var named215 = exported["AwsEc2NetworkInterfaceSecurityGroup$"];
var named216 = exported["AwsEc2RouteTableDetails$"];
var named217 = exported["AwsEc2SecurityGroupDetails$"];
var named218 = exported["AwsEc2SecurityGroupIpPermission$"];
var named219 = exported["AwsEc2SecurityGroupIpRange$"];
var named220 = exported["AwsEc2SecurityGroupIpv6Range$"];
var named221 = exported["AwsEc2SecurityGroupPrefixListId$"];
var named222 = exported["AwsEc2SecurityGroupUserIdGroupPair$"];
var named223 = exported["AwsEc2SubnetDetails$"];
var named224 = exported["AwsEc2TransitGatewayDetails$"];
var named225 = exported["AwsEc2VolumeAttachment$"];
var named226 = exported["AwsEc2VolumeDetails$"];
var named227 = exported["AwsEc2VpcDetails$"];
var named228 = exported["AwsEc2VpcEndpointServiceDetails$"];
var named229 = exported["AwsEc2VpcEndpointServiceServiceTypeDetails$"];
var named230 = exported["AwsEc2VpcPeeringConnectionDetails$"];
var named231 = exported["AwsEc2VpcPeeringConnectionStatusDetails$"];
var named232 = exported["AwsEc2VpcPeeringConnectionVpcInfoDetails$"];
var named233 = exported["AwsEc2VpnConnectionDetails$"];
var named234 = exported["AwsEc2VpnConnectionOptionsDetails$"];
var named235 = exported["AwsEc2VpnConnectionOptionsTunnelOptionsDetails$"];
var named236 = exported["AwsEc2VpnConnectionRoutesDetails$"];
var named237 = exported["AwsEc2VpnConnectionVgwTelemetryDetails$"];
var named238 = exported["AwsEcrContainerImageDetails$"];
var named239 = exported["AwsEcrRepositoryDetails$"];
var named240 = exported["AwsEcrRepositoryImageScanningConfigurationDetails$"];
var named241 = exported["AwsEcrRepositoryLifecyclePolicyDetails$"];
var named242 = exported["AwsEcsClusterClusterSettingsDetails$"];
var named243 = exported["AwsEcsClusterConfigurationDetails$"];
var named244 = exported["AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$"];
var named245 = exported["AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$"];
var named246 = exported["AwsEcsClusterDefaultCapacityProviderStrategyDetails$"];
var named247 = exported["AwsEcsClusterDetails$"];
var named248 = exported["AwsEcsContainerDetails$"];
var named249 = exported["AwsEcsServiceCapacityProviderStrategyDetails$"];
var named250 = exported["AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$"];
var named251 = exported["AwsEcsServiceDeploymentConfigurationDetails$"];
var named252 = exported["AwsEcsServiceDeploymentControllerDetails$"];
var named253 = exported["AwsEcsServiceDetails$"];
var named254 = exported["AwsEcsServiceLoadBalancersDetails$"];
var named255 = exported["AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$"];
var named256 = exported["AwsEcsServiceNetworkConfigurationDetails$"];
var named257 = exported["AwsEcsServicePlacementConstraintsDetails$"];
var named258 = exported["AwsEcsServicePlacementStrategiesDetails$"];
var named259 = exported["AwsEcsServiceServiceRegistriesDetails$"];
var named260 = exported["AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$"];
var named261 = exported["AwsEcsTaskDefinitionContainerDefinitionsDetails$"];
var named262 = exported["AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$"];
var named263 = exported["AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$"];
var named264 = exported["AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$"];
var named265 = exported["AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$"];
var named266 = exported["AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$"];
var named267 = exported["AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$"];
var named268 = exported["AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$"];
var named269 = exported["AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$"];
var named270 = exported["AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$"];
var named271 = exported["AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$"];
var named272 = exported["AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$"];
var named273 = exported["AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$"];
var named274 = exported["AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$"];
var named275 = exported["AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$"];
var named276 = exported["AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$"];
var named277 = exported["AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$"];
var named278 = exported["AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$"];
var named279 = exported["AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$"];
var named280 = exported["AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$"];
var named281 = exported["AwsEcsTaskDefinitionDetails$"];
var named282 = exported["AwsEcsTaskDefinitionInferenceAcceleratorsDetails$"];
var named283 = exported["AwsEcsTaskDefinitionPlacementConstraintsDetails$"];
var named284 = exported["AwsEcsTaskDefinitionProxyConfigurationDetails$"];
var named285 = exported["AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$"];
var named286 = exported["AwsEcsTaskDefinitionVolumesDetails$"];
var named287 = exported["AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$"];
var named288 = exported["AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$"];
var named289 = exported["AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$"];
var named290 = exported["AwsEcsTaskDefinitionVolumesHostDetails$"];
var named291 = exported["AwsEcsTaskDetails$"];
var named292 = exported["AwsEcsTaskVolumeDetails$"];
var named293 = exported["AwsEcsTaskVolumeHostDetails$"];
var named294 = exported["AwsEfsAccessPointDetails$"];
var named295 = exported["AwsEfsAccessPointPosixUserDetails$"];
var named296 = exported["AwsEfsAccessPointRootDirectoryCreationInfoDetails$"];
var named297 = exported["AwsEfsAccessPointRootDirectoryDetails$"];
var named298 = exported["AwsEksClusterDetails$"];
var named299 = exported["AwsEksClusterLoggingClusterLoggingDetails$"];
var named300 = exported["AwsEksClusterLoggingDetails$"];
var named301 = exported["AwsEksClusterResourcesVpcConfigDetails$"];
var named302 = exported["AwsElasticBeanstalkEnvironmentDetails$"];
var named303 = exported["AwsElasticBeanstalkEnvironmentEnvironmentLink$"];
var named304 = exported["AwsElasticBeanstalkEnvironmentOptionSetting$"];
var named305 = exported["AwsElasticBeanstalkEnvironmentTier$"];
var named306 = exported["AwsElasticsearchDomainDetails$"];
var named307 = exported["AwsElasticsearchDomainDomainEndpointOptions$"];
var named308 = exported["AwsElasticsearchDomainElasticsearchClusterConfigDetails$"];
var named309 = exported["AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$"];
var named310 = exported["AwsElasticsearchDomainEncryptionAtRestOptions$"];
var named311 = exported["AwsElasticsearchDomainLogPublishingOptions$"];
var named312 = exported["AwsElasticsearchDomainLogPublishingOptionsLogConfig$"];
var named313 = exported["AwsElasticsearchDomainNodeToNodeEncryptionOptions$"];
var named314 = exported["AwsElasticsearchDomainServiceSoftwareOptions$"];
var named315 = exported["AwsElasticsearchDomainVPCOptions$"];
var named316 = exported["AwsElbAppCookieStickinessPolicy$"];
var named317 = exported["AwsElbLbCookieStickinessPolicy$"];
var named318 = exported["AwsElbLoadBalancerAccessLog$"];
var named319 = exported["AwsElbLoadBalancerAdditionalAttribute$"];
var named320 = exported["AwsElbLoadBalancerAttributes$"];
var named321 = exported["AwsElbLoadBalancerBackendServerDescription$"];
var named322 = exported["AwsElbLoadBalancerConnectionDraining$"];
var named323 = exported["AwsElbLoadBalancerConnectionSettings$"];
var named324 = exported["AwsElbLoadBalancerCrossZoneLoadBalancing$"];
var named325 = exported["AwsElbLoadBalancerDetails$"];
var named326 = exported["AwsElbLoadBalancerHealthCheck$"];
var named327 = exported["AwsElbLoadBalancerInstance$"];
var named328 = exported["AwsElbLoadBalancerListener$"];
var named329 = exported["AwsElbLoadBalancerListenerDescription$"];
var named330 = exported["AwsElbLoadBalancerPolicies$"];
var named331 = exported["AwsElbLoadBalancerSourceSecurityGroup$"];
var named332 = exported["AwsElbv2LoadBalancerAttribute$"];
var named333 = exported["AwsElbv2LoadBalancerDetails$"];
var named334 = exported["AwsEventSchemasRegistryDetails$"];
var named335 = exported["AwsEventsEndpointDetails$"];
var named336 = exported["AwsEventsEndpointEventBusesDetails$"];
var named337 = exported["AwsEventsEndpointReplicationConfigDetails$"];
var named338 = exported["AwsEventsEndpointRoutingConfigDetails$"];
var named339 = exported["AwsEventsEndpointRoutingConfigFailoverConfigDetails$"];
var named340 = exported["AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$"];
var named341 = exported["AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$"];
var named342 = exported["AwsEventsEventbusDetails$"];
var named343 = exported["AwsGuardDutyDetectorDataSourcesCloudTrailDetails$"];
var named344 = exported["AwsGuardDutyDetectorDataSourcesDetails$"];
var named345 = exported["AwsGuardDutyDetectorDataSourcesDnsLogsDetails$"];
var named346 = exported["AwsGuardDutyDetectorDataSourcesFlowLogsDetails$"];
var named347 = exported["AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$"];
var named348 = exported["AwsGuardDutyDetectorDataSourcesKubernetesDetails$"];
var named349 = exported["AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$"];
var named350 = exported["AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$"];
var named351 = exported["AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$"];
var named352 = exported["AwsGuardDutyDetectorDataSourcesS3LogsDetails$"];
var named353 = exported["AwsGuardDutyDetectorDetails$"];
var named354 = exported["AwsGuardDutyDetectorFeaturesDetails$"];
var named355 = exported["AwsIamAccessKeyDetails$"];
var named356 = exported["AwsIamAccessKeySessionContext$"];
var named357 = exported["AwsIamAccessKeySessionContextAttributes$"];
var named358 = exported["AwsIamAccessKeySessionContextSessionIssuer$"];
var named359 = exported["AwsIamAccessKeyStatus"];
var named360 = exported["AwsIamAttachedManagedPolicy$"];
var named361 = exported["AwsIamGroupDetails$"];
var named362 = exported["AwsIamGroupPolicy$"];
var named363 = exported["AwsIamInstanceProfile$"];
var named364 = exported["AwsIamInstanceProfileRole$"];
var named365 = exported["AwsIamPermissionsBoundary$"];
var named366 = exported["AwsIamPolicyDetails$"];
var named367 = exported["AwsIamPolicyVersion$"];
var named368 = exported["AwsIamRoleDetails$"];
var named369 = exported["AwsIamRolePolicy$"];
var named370 = exported["AwsIamUserDetails$"];
var named371 = exported["AwsIamUserPolicy$"];
var named372 = exported["AwsKinesisStreamDetails$"];
var named373 = exported["AwsKinesisStreamStreamEncryptionDetails$"];
var named374 = exported["AwsKmsKeyDetails$"];
var named375 = exported["AwsLambdaFunctionCode$"];
var named376 = exported["AwsLambdaFunctionDeadLetterConfig$"];
var named377 = exported["AwsLambdaFunctionDetails$"];
var named378 = exported["AwsLambdaFunctionEnvironment$"];
var named379 = exported["AwsLambdaFunctionEnvironmentError$"];
var named380 = exported["AwsLambdaFunctionLayer$"];
var named381 = exported["AwsLambdaFunctionTracingConfig$"];
var named382 = exported["AwsLambdaFunctionVpcConfig$"];
var named383 = exported["AwsLambdaLayerVersionDetails$"];
var named384 = exported["AwsMountPoint$"];
var named385 = exported["AwsMskClusterClusterInfoClientAuthenticationDetails$"];
var named386 = exported["AwsMskClusterClusterInfoClientAuthenticationSaslDetails$"];
var named387 = exported["AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$"];
var named388 = exported["AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$"];
var named389 = exported["AwsMskClusterClusterInfoClientAuthenticationTlsDetails$"];
var named390 = exported["AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$"];
var named391 = exported["AwsMskClusterClusterInfoDetails$"];
var named392 = exported["AwsMskClusterClusterInfoEncryptionInfoDetails$"];
var named393 = exported["AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$"];
var named394 = exported["AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$"];
var named395 = exported["AwsMskClusterDetails$"];
var named396 = exported["AwsNetworkFirewallFirewallDetails$"];
var named397 = exported["AwsNetworkFirewallFirewallPolicyDetails$"];
var named398 = exported["AwsNetworkFirewallFirewallSubnetMappingsDetails$"];
var named399 = exported["AwsNetworkFirewallRuleGroupDetails$"];
var named400 = exported["AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$"];
var named401 = exported["AwsOpenSearchServiceDomainClusterConfigDetails$"];
var named402 = exported["AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$"];
var named403 = exported["AwsOpenSearchServiceDomainDetails$"];
var named404 = exported["AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$"];
var named405 = exported["AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$"];
var named406 = exported["AwsOpenSearchServiceDomainLogPublishingOption$"];
var named407 = exported["AwsOpenSearchServiceDomainLogPublishingOptionsDetails$"];
var named408 = exported["AwsOpenSearchServiceDomainMasterUserOptionsDetails$"];
var named409 = exported["AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$"];
var named410 = exported["AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$"];
var named411 = exported["AwsOpenSearchServiceDomainVpcOptionsDetails$"];
var named412 = exported["AwsOrganizationScope$"];
var named413 = exported["AwsRdsDbClusterAssociatedRole$"];
var named414 = exported["AwsRdsDbClusterDetails$"];
var named415 = exported["AwsRdsDbClusterMember$"];
var named416 = exported["AwsRdsDbClusterOptionGroupMembership$"];
var named417 = exported["AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$"];
var named418 = exported["AwsRdsDbClusterSnapshotDetails$"];
var named419 = exported["AwsRdsDbDomainMembership$"];
var named420 = exported["AwsRdsDbInstanceAssociatedRole$"];
var named421 = exported["AwsRdsDbInstanceDetails$"];
var named422 = exported["AwsRdsDbInstanceEndpoint$"];
var named423 = exported["AwsRdsDbInstanceVpcSecurityGroup$"];
var named424 = exported["AwsRdsDbOptionGroupMembership$"];
var named425 = exported["AwsRdsDbParameterGroup$"];
var named426 = exported["AwsRdsDbPendingModifiedValues$"];
var named427 = exported["AwsRdsDbProcessorFeature$"];
var named428 = exported["AwsRdsDbSecurityGroupDetails$"];
var named429 = exported["AwsRdsDbSecurityGroupEc2SecurityGroup$"];
var named430 = exported["AwsRdsDbSecurityGroupIpRange$"];
var named431 = exported["AwsRdsDbSnapshotDetails$"];
var named432 = exported["AwsRdsDbStatusInfo$"];
var named433 = exported["AwsRdsDbSubnetGroup$"];
var named434 = exported["AwsRdsDbSubnetGroupSubnet$"];
var named435 = exported["AwsRdsDbSubnetGroupSubnetAvailabilityZone$"];
var named436 = exported["AwsRdsEventSubscriptionDetails$"];
var named437 = exported["AwsRdsPendingCloudWatchLogsExports$"];
var named438 = exported["AwsRedshiftClusterClusterNode$"];
var named439 = exported["AwsRedshiftClusterClusterParameterGroup$"];
var named440 = exported["AwsRedshiftClusterClusterParameterStatus$"];
var named441 = exported["AwsRedshiftClusterClusterSecurityGroup$"];
var named442 = exported["AwsRedshiftClusterClusterSnapshotCopyStatus$"];
var named443 = exported["AwsRedshiftClusterDeferredMaintenanceWindow$"];
var named444 = exported["AwsRedshiftClusterDetails$"];
var named445 = exported["AwsRedshiftClusterElasticIpStatus$"];
var named446 = exported["AwsRedshiftClusterEndpoint$"];
var named447 = exported["AwsRedshiftClusterHsmStatus$"];
var named448 = exported["AwsRedshiftClusterIamRole$"];
var named449 = exported["AwsRedshiftClusterLoggingStatus$"];
var named450 = exported["AwsRedshiftClusterPendingModifiedValues$"];
var named451 = exported["AwsRedshiftClusterResizeInfo$"];
var named452 = exported["AwsRedshiftClusterRestoreStatus$"];
var named453 = exported["AwsRedshiftClusterVpcSecurityGroup$"];
var named454 = exported["AwsRoute53HostedZoneConfigDetails$"];
var named455 = exported["AwsRoute53HostedZoneDetails$"];
var named456 = exported["AwsRoute53HostedZoneObjectDetails$"];
var named457 = exported["AwsRoute53HostedZoneVpcDetails$"];
var named458 = exported["AwsRoute53QueryLoggingConfigDetails$"];
var named459 = exported["AwsS3AccessPointDetails$"];
var named460 = exported["AwsS3AccessPointVpcConfigurationDetails$"];
var named461 = exported["AwsS3AccountPublicAccessBlockDetails$"];
var named462 = exported["AwsS3BucketBucketLifecycleConfigurationDetails$"];
var named463 = exported["AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$"];
var named464 = exported["AwsS3BucketBucketLifecycleConfigurationRulesDetails$"];
var named465 = exported["AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$"];
var named466 = exported["AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$"];
var named467 = exported["AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$"];
var named468 = exported["AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$"];
var named469 = exported["AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$"];
var named470 = exported["AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$"];
var named471 = exported["AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$"];
var named472 = exported["AwsS3BucketBucketVersioningConfiguration$"];
var named473 = exported["AwsS3BucketDetails$"];
var named474 = exported["AwsS3BucketLoggingConfiguration$"];
var named475 = exported["AwsS3BucketNotificationConfiguration$"];
var named476 = exported["AwsS3BucketNotificationConfigurationDetail$"];
var named477 = exported["AwsS3BucketNotificationConfigurationFilter$"];
var named478 = exported["AwsS3BucketNotificationConfigurationS3KeyFilter$"];
var named479 = exported["AwsS3BucketNotificationConfigurationS3KeyFilterRule$"];
var named480 = exported["AwsS3BucketNotificationConfigurationS3KeyFilterRuleName"];
var named481 = exported["AwsS3BucketObjectLockConfiguration$"];
var named482 = exported["AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$"];
var named483 = exported["AwsS3BucketObjectLockConfigurationRuleDetails$"];
var named484 = exported["AwsS3BucketServerSideEncryptionByDefault$"];
var named485 = exported["AwsS3BucketServerSideEncryptionConfiguration$"];
var named486 = exported["AwsS3BucketServerSideEncryptionRule$"];
var named487 = exported["AwsS3BucketWebsiteConfiguration$"];
var named488 = exported["AwsS3BucketWebsiteConfigurationRedirectTo$"];
var named489 = exported["AwsS3BucketWebsiteConfigurationRoutingRule$"];
var named490 = exported["AwsS3BucketWebsiteConfigurationRoutingRuleCondition$"];
var named491 = exported["AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$"];
var named492 = exported["AwsS3ObjectDetails$"];
var named493 = exported["AwsSageMakerNotebookInstanceDetails$"];
var named494 = exported["AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$"];
var named495 = exported["AwsSecretsManagerSecretDetails$"];
var named496 = exported["AwsSecretsManagerSecretRotationRules$"];
var named497 = exported["AwsSecurityFinding$"];
var named498 = exported["AwsSecurityFindingFilters$"];
var named499 = exported["AwsSecurityFindingIdentifier$"];
var named500 = exported["AwsSnsTopicDetails$"];
var named501 = exported["AwsSnsTopicSubscription$"];
var named502 = exported["AwsSqsQueueDetails$"];
var named503 = exported["AwsSsmComplianceSummary$"];
var named504 = exported["AwsSsmPatch$"];
var named505 = exported["AwsSsmPatchComplianceDetails$"];
var named506 = exported["AwsStepFunctionStateMachineDetails$"];
var named507 = exported["AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$"];
var named508 = exported["AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$"];
var named509 = exported["AwsStepFunctionStateMachineLoggingConfigurationDetails$"];
var named510 = exported["AwsStepFunctionStateMachineTracingConfigurationDetails$"];
var named511 = exported["AwsWafRateBasedRuleDetails$"];
var named512 = exported["AwsWafRateBasedRuleMatchPredicate$"];
var named513 = exported["AwsWafRegionalRateBasedRuleDetails$"];
var named514 = exported["AwsWafRegionalRateBasedRuleMatchPredicate$"];
var named515 = exported["AwsWafRegionalRuleDetails$"];
var named516 = exported["AwsWafRegionalRuleGroupDetails$"];
var named517 = exported["AwsWafRegionalRuleGroupRulesActionDetails$"];
var named518 = exported["AwsWafRegionalRuleGroupRulesDetails$"];
var named519 = exported["AwsWafRegionalRulePredicateListDetails$"];
var named520 = exported["AwsWafRegionalWebAclDetails$"];
var named521 = exported["AwsWafRegionalWebAclRulesListActionDetails$"];
var named522 = exported["AwsWafRegionalWebAclRulesListDetails$"];
var named523 = exported["AwsWafRegionalWebAclRulesListOverrideActionDetails$"];
var named524 = exported["AwsWafRuleDetails$"];
var named525 = exported["AwsWafRuleGroupDetails$"];
var named526 = exported["AwsWafRuleGroupRulesActionDetails$"];
var named527 = exported["AwsWafRuleGroupRulesDetails$"];
var named528 = exported["AwsWafRulePredicateListDetails$"];
var named529 = exported["AwsWafWebAclDetails$"];
var named530 = exported["AwsWafWebAclRule$"];
var named531 = exported["AwsWafv2ActionAllowDetails$"];
var named532 = exported["AwsWafv2ActionBlockDetails$"];
var named533 = exported["AwsWafv2CustomHttpHeader$"];
var named534 = exported["AwsWafv2CustomRequestHandlingDetails$"];
var named535 = exported["AwsWafv2CustomResponseDetails$"];
var named536 = exported["AwsWafv2RuleGroupDetails$"];
var named537 = exported["AwsWafv2RulesActionCaptchaDetails$"];
var named538 = exported["AwsWafv2RulesActionCountDetails$"];
var named539 = exported["AwsWafv2RulesActionDetails$"];
var named540 = exported["AwsWafv2RulesDetails$"];
var named541 = exported["AwsWafv2VisibilityConfigDetails$"];
var named542 = exported["AwsWafv2WebAclActionDetails$"];
var named543 = exported["AwsWafv2WebAclCaptchaConfigDetails$"];
var named544 = exported["AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$"];
var named545 = exported["AwsWafv2WebAclDetails$"];
var named546 = exported["AwsXrayEncryptionConfigDetails$"];
var named547 = exported["AzureDetail$"];
var named548 = exported["AzureProviderConfiguration$"];
var named549 = exported["AzureScopeConfiguration$"];
var named550 = exported["AzureUpdateConfiguration$"];
var named551 = exported["BatchDeleteAutomationRules$"];
var named552 = exported["BatchDeleteAutomationRulesCommand"];
var named553 = exported["BatchDeleteAutomationRulesRequest$"];
var named554 = exported["BatchDeleteAutomationRulesResponse$"];
var named555 = exported["BatchDisableStandards$"];
var named556 = exported["BatchDisableStandardsCommand"];
var named557 = exported["BatchDisableStandardsRequest$"];
var named558 = exported["BatchDisableStandardsResponse$"];
var named559 = exported["BatchEnableStandards$"];
var named560 = exported["BatchEnableStandardsCommand"];
var named561 = exported["BatchEnableStandardsRequest$"];
var named562 = exported["BatchEnableStandardsResponse$"];
var named563 = exported["BatchGetAutomationRules$"];
var named564 = exported["BatchGetAutomationRulesCommand"];
var named565 = exported["BatchGetAutomationRulesRequest$"];
var named566 = exported["BatchGetAutomationRulesResponse$"];
var named567 = exported["BatchGetConfigurationPolicyAssociations$"];
var named568 = exported["BatchGetConfigurationPolicyAssociationsCommand"];
var named569 = exported["BatchGetConfigurationPolicyAssociationsRequest$"];
var named570 = exported["BatchGetConfigurationPolicyAssociationsResponse$"];
var named571 = exported["BatchGetSecurityControls$"];
var named572 = exported["BatchGetSecurityControlsCommand"];
var named573 = exported["BatchGetSecurityControlsRequest$"];
var named574 = exported["BatchGetSecurityControlsResponse$"];
var named575 = exported["BatchGetStandardsControlAssociations$"];
var named576 = exported["BatchGetStandardsControlAssociationsCommand"];
var named577 = exported["BatchGetStandardsControlAssociationsRequest$"];
var named578 = exported["BatchGetStandardsControlAssociationsResponse$"];
var named579 = exported["BatchImportFindings$"];
var named580 = exported["BatchImportFindingsCommand"];
var named581 = exported["BatchImportFindingsRequest$"];
var named582 = exported["BatchImportFindingsResponse$"];
var named583 = exported["BatchUpdateAutomationRules$"];
var named584 = exported["BatchUpdateAutomationRulesCommand"];
var named585 = exported["BatchUpdateAutomationRulesRequest$"];
var named586 = exported["BatchUpdateAutomationRulesResponse$"];
var named587 = exported["BatchUpdateFindings$"];
var named588 = exported["BatchUpdateFindingsCommand"];
var named589 = exported["BatchUpdateFindingsRequest$"];
var named590 = exported["BatchUpdateFindingsResponse$"];
var named591 = exported["BatchUpdateFindingsUnprocessedFinding$"];
var named592 = exported["BatchUpdateFindingsV2$"];
var named593 = exported["BatchUpdateFindingsV2Command"];
var named594 = exported["BatchUpdateFindingsV2ProcessedFinding$"];
var named595 = exported["BatchUpdateFindingsV2Request$"];
var named596 = exported["BatchUpdateFindingsV2Response$"];
var named597 = exported["BatchUpdateFindingsV2UnprocessedFinding$"];
var named598 = exported["BatchUpdateFindingsV2UnprocessedFindingErrorCode"];
var named599 = exported["BatchUpdateStandardsControlAssociations$"];
var named600 = exported["BatchUpdateStandardsControlAssociationsCommand"];
var named601 = exported["BatchUpdateStandardsControlAssociationsRequest$"];
var named602 = exported["BatchUpdateStandardsControlAssociationsResponse$"];
var named603 = exported["BooleanConfigurationOptions$"];
var named604 = exported["BooleanFilter$"];
var named605 = exported["Cell$"];
var named606 = exported["CidrBlockAssociation$"];
var named607 = exported["City$"];
var named608 = exported["ClassificationResult$"];
var named609 = exported["ClassificationStatus$"];
var named610 = exported["CloudProviderName"];
var named611 = exported["CloudWatchLogsLogGroupArnConfigDetails$"];
var named612 = exported["CodeRepositoryDetails$"];
var named613 = exported["CodeVulnerabilitiesFilePath$"];
var named614 = exported["Compliance$"];
var named615 = exported["ComplianceStatus"];
var named616 = exported["CompositeFilter$"];
var named617 = exported["ConfigurationOptions$"];
var named618 = exported["ConfigurationPolicyAssociation$"];
var named619 = exported["ConfigurationPolicyAssociationStatus"];
var named620 = exported["ConfigurationPolicyAssociationSummary$"];
var named621 = exported["ConfigurationPolicySummary$"];
var named622 = exported["ConflictException"];
var named623 = exported["ConflictException$"];
var named624 = exported["ConnectionDirection"];
var named625 = exported["ConnectorAuthStatus"];
var named626 = exported["ConnectorProviderName"];
var named627 = exported["ConnectorStatus"];
var named628 = exported["ConnectorSummary$"];
var named629 = exported["ContainerDetails$"];
var named630 = exported["ControlFindingGenerator"];
var named631 = exported["ControlStatus"];
var named632 = exported["Country$"];
var named633 = exported["CreateActionTarget$"];
var named634 = exported["CreateActionTargetCommand"];
var named635 = exported["CreateActionTargetRequest$"];
var named636 = exported["CreateActionTargetResponse$"];
var named637 = exported["CreateAggregatorV2$"];
var named638 = exported["CreateAggregatorV2Command"];
var named639 = exported["CreateAggregatorV2Request$"];
var named640 = exported["CreateAggregatorV2Response$"];
var named641 = exported["CreateAutomationRule$"];
var named642 = exported["CreateAutomationRuleCommand"];
var named643 = exported["CreateAutomationRuleRequest$"];
var named644 = exported["CreateAutomationRuleResponse$"];
var named645 = exported["CreateAutomationRuleV2$"];
var named646 = exported["CreateAutomationRuleV2Command"];
var named647 = exported["CreateAutomationRuleV2Request$"];
var named648 = exported["CreateAutomationRuleV2Response$"];
var named649 = exported["CreateConfigurationPolicy$"];
var named650 = exported["CreateConfigurationPolicyCommand"];
var named651 = exported["CreateConfigurationPolicyRequest$"];
var named652 = exported["CreateConfigurationPolicyResponse$"];
var named653 = exported["CreateConnector$"];
var named654 = exported["CreateConnectorCommand"];
var named655 = exported["CreateConnectorRequest$"];
var named656 = exported["CreateConnectorResponse$"];
var named657 = exported["CreateConnectorV2$"];
var named658 = exported["CreateConnectorV2Command"];
var named659 = exported["CreateConnectorV2Request$"];
var named660 = exported["CreateConnectorV2Response$"];
var named661 = exported["CreateFindingAggregator$"];
var named662 = exported["CreateFindingAggregatorCommand"];
var named663 = exported["CreateFindingAggregatorRequest$"];
var named664 = exported["CreateFindingAggregatorResponse$"];
var named665 = exported["CreateInsight$"];
var named666 = exported["CreateInsightCommand"];
var named667 = exported["CreateInsightRequest$"];
var named668 = exported["CreateInsightResponse$"];
var named669 = exported["CreateMembers$"];
var named670 = exported["CreateMembersCommand"];
var named671 = exported["CreateMembersRequest$"];
var named672 = exported["CreateMembersResponse$"];
var named673 = exported["CreateTicketV2$"];
var named674 = exported["CreateTicketV2Command"];
var named675 = exported["CreateTicketV2Request$"];
var named676 = exported["CreateTicketV2Response$"];
var named677 = exported["Criteria$"];
var named678 = exported["CspmConnectorProviderName"];
var named679 = exported["CspmConnectorStatus"];
var named680 = exported["CspmConnectorSummary$"];
var named681 = exported["CspmEnablementStatus"];
var named682 = exported["CspmHealthCheck$"];
var named683 = exported["CspmProviderConfiguration$"];
var named684 = exported["CspmProviderDetail$"];
var named685 = exported["CspmProviderSummary$"];
var named686 = exported["CspmProviderUpdateConfiguration$"];
var named687 = exported["CustomDataIdentifiersDetections$"];
var named688 = exported["CustomDataIdentifiersResult$"];
var named689 = exported["Cvss$"];
var named690 = exported["DataClassificationDetails$"];
var named691 = exported["DateFilter$"];
var named692 = exported["DateRange$"];
var named693 = exported["DateRangeComparison"];
var named694 = exported["DateRangeUnit"];
var named695 = exported["DeclineInvitations$"];
var named696 = exported["DeclineInvitationsCommand"];
var named697 = exported["DeclineInvitationsRequest$"];
var named698 = exported["DeclineInvitationsResponse$"];
var named699 = exported["DeleteActionTarget$"];
var named700 = exported["DeleteActionTargetCommand"];
var named701 = exported["DeleteActionTargetRequest$"];
var named702 = exported["DeleteActionTargetResponse$"];
var named703 = exported["DeleteAggregatorV2$"];
var named704 = exported["DeleteAggregatorV2Command"];
var named705 = exported["DeleteAggregatorV2Request$"];
var named706 = exported["DeleteAggregatorV2Response$"];
var named707 = exported["DeleteAutomationRuleV2$"];
var named708 = exported["DeleteAutomationRuleV2Command"];
var named709 = exported["DeleteAutomationRuleV2Request$"];
var named710 = exported["DeleteAutomationRuleV2Response$"];
var named711 = exported["DeleteConfigurationPolicy$"];
var named712 = exported["DeleteConfigurationPolicyCommand"];
var named713 = exported["DeleteConfigurationPolicyRequest$"];
var named714 = exported["DeleteConfigurationPolicyResponse$"];
var named715 = exported["DeleteConnector$"];
var named716 = exported["DeleteConnectorCommand"];
var named717 = exported["DeleteConnectorRequest$"];
var named718 = exported["DeleteConnectorResponse$"];
var named719 = exported["DeleteConnectorV2$"];
var named720 = exported["DeleteConnectorV2Command"];
var named721 = exported["DeleteConnectorV2Request$"];
var named722 = exported["DeleteConnectorV2Response$"];
var named723 = exported["DeleteFindingAggregator$"];
var named724 = exported["DeleteFindingAggregatorCommand"];
var named725 = exported["DeleteFindingAggregatorRequest$"];
var named726 = exported["DeleteFindingAggregatorResponse$"];
var named727 = exported["DeleteInsight$"];
var named728 = exported["DeleteInsightCommand"];
var named729 = exported["DeleteInsightRequest$"];
var named730 = exported["DeleteInsightResponse$"];
var named731 = exported["DeleteInvitations$"];
var named732 = exported["DeleteInvitationsCommand"];
var named733 = exported["DeleteInvitationsRequest$"];
var named734 = exported["DeleteInvitationsResponse$"];
var named735 = exported["DeleteMembers$"];
var named736 = exported["DeleteMembersCommand"];
var named737 = exported["DeleteMembersRequest$"];
var named738 = exported["DeleteMembersResponse$"];
var named739 = exported["DescribeActionTargets$"];
var named740 = exported["DescribeActionTargetsCommand"];
var named741 = exported["DescribeActionTargetsRequest$"];
var named742 = exported["DescribeActionTargetsResponse$"];
var named743 = exported["DescribeHub$"];
var named744 = exported["DescribeHubCommand"];
var named745 = exported["DescribeHubRequest$"];
var named746 = exported["DescribeHubResponse$"];
var named747 = exported["DescribeOrganizationConfiguration$"];
var named748 = exported["DescribeOrganizationConfigurationCommand"];
var named749 = exported["DescribeOrganizationConfigurationRequest$"];
var named750 = exported["DescribeOrganizationConfigurationResponse$"];
var named751 = exported["DescribeProducts$"];
var named752 = exported["DescribeProductsCommand"];
var named753 = exported["DescribeProductsRequest$"];
var named754 = exported["DescribeProductsResponse$"];
var named755 = exported["DescribeProductsV2$"];
var named756 = exported["DescribeProductsV2Command"];
var named757 = exported["DescribeProductsV2Request$"];
var named758 = exported["DescribeProductsV2Response$"];
var named759 = exported["DescribeSecurityHubV2$"];
var named760 = exported["DescribeSecurityHubV2Command"];
var named761 = exported["DescribeSecurityHubV2Request$"];
var named762 = exported["DescribeSecurityHubV2Response$"];
var named763 = exported["DescribeStandards$"];
var named764 = exported["DescribeStandardsCommand"];
var named765 = exported["DescribeStandardsControls$"];
var named766 = exported["DescribeStandardsControlsCommand"];
var named767 = exported["DescribeStandardsControlsRequest$"];
var named768 = exported["DescribeStandardsControlsResponse$"];
var named769 = exported["DescribeStandardsRequest$"];
var named770 = exported["DescribeStandardsResponse$"];
var named771 = exported["Detection$"];
var named772 = exported["DisableImportFindingsForProduct$"];
var named773 = exported["DisableImportFindingsForProductCommand"];
var named774 = exported["DisableImportFindingsForProductRequest$"];
var named775 = exported["DisableImportFindingsForProductResponse$"];
var named776 = exported["DisableOrganizationAdminAccount$"];
var named777 = exported["DisableOrganizationAdminAccountCommand"];
var named778 = exported["DisableOrganizationAdminAccountRequest$"];
var named779 = exported["DisableOrganizationAdminAccountResponse$"];
var named780 = exported["DisableSecurityHub$"];
var named781 = exported["DisableSecurityHubCommand"];
var named782 = exported["DisableSecurityHubFeatureV2$"];
var named783 = exported["DisableSecurityHubFeatureV2Command"];
var named784 = exported["DisableSecurityHubFeatureV2Request$"];
var named785 = exported["DisableSecurityHubFeatureV2Response$"];
var named786 = exported["DisableSecurityHubRequest$"];
var named787 = exported["DisableSecurityHubResponse$"];
var named788 = exported["DisableSecurityHubV2$"];
var named789 = exported["DisableSecurityHubV2Command"];
var named790 = exported["DisableSecurityHubV2Request$"];
var named791 = exported["DisableSecurityHubV2Response$"];
var named792 = exported["DisassociateFromAdministratorAccount$"];
var named793 = exported["DisassociateFromAdministratorAccountCommand"];
var named794 = exported["DisassociateFromAdministratorAccountRequest$"];
var named795 = exported["DisassociateFromAdministratorAccountResponse$"];
var named796 = exported["DisassociateFromMasterAccount$"];
var named797 = exported["DisassociateFromMasterAccountCommand"];
var named798 = exported["DisassociateFromMasterAccountRequest$"];
var named799 = exported["DisassociateFromMasterAccountResponse$"];
var named800 = exported["DisassociateMembers$"];
var named801 = exported["DisassociateMembersCommand"];
var named802 = exported["DisassociateMembersRequest$"];
var named803 = exported["DisassociateMembersResponse$"];
var named804 = exported["DiscoveryType"];
var named805 = exported["DnsRequestAction$"];
var named806 = exported["DoubleConfigurationOptions$"];
var named807 = exported["EnableImportFindingsForProduct$"];
var named808 = exported["EnableImportFindingsForProductCommand"];
var named809 = exported["EnableImportFindingsForProductRequest$"];
var named810 = exported["EnableImportFindingsForProductResponse$"];
var named811 = exported["EnableOrganizationAdminAccount$"];
var named812 = exported["EnableOrganizationAdminAccountCommand"];
var named813 = exported["EnableOrganizationAdminAccountRequest$"];
var named814 = exported["EnableOrganizationAdminAccountResponse$"];
var named815 = exported["EnableSecurityHub$"];
var named816 = exported["EnableSecurityHubCommand"];
var named817 = exported["EnableSecurityHubFeatureV2$"];
var named818 = exported["EnableSecurityHubFeatureV2Command"];
var named819 = exported["EnableSecurityHubFeatureV2Request$"];
var named820 = exported["EnableSecurityHubFeatureV2Response$"];
var named821 = exported["EnableSecurityHubRequest$"];
var named822 = exported["EnableSecurityHubResponse$"];
var named823 = exported["EnableSecurityHubV2$"];
var named824 = exported["EnableSecurityHubV2Command"];
var named825 = exported["EnableSecurityHubV2Request$"];
var named826 = exported["EnableSecurityHubV2Response$"];
var named827 = exported["EnablementStatus"];
var named828 = exported["EnumConfigurationOptions$"];
var named829 = exported["EnumListConfigurationOptions$"];
var named830 = exported["ExternalIntegrationConfiguration$"];
var named831 = exported["FeatureDetail$"];
var named832 = exported["FeatureName"];
var named833 = exported["FeatureStatus"];
var named834 = exported["FilePaths$"];
var named835 = exported["FindingAggregator$"];
var named836 = exported["FindingHistoryRecord$"];
var named837 = exported["FindingHistoryUpdate$"];
var named838 = exported["FindingHistoryUpdateSource$"];
var named839 = exported["FindingHistoryUpdateSourceType"];
var named840 = exported["FindingProviderFields$"];
var named841 = exported["FindingProviderSeverity$"];
var named842 = exported["FindingScopes$"];
var named843 = exported["FindingsTrendsCompositeFilter$"];
var named844 = exported["FindingsTrendsFilters$"];
var named845 = exported["FindingsTrendsStringField"];
var named846 = exported["FindingsTrendsStringFilter$"];
var named847 = exported["FirewallPolicyDetails$"];
var named848 = exported["FirewallPolicyStatefulRuleGroupReferencesDetails$"];
var named849 = exported["FirewallPolicyStatelessCustomActionsDetails$"];
var named850 = exported["FirewallPolicyStatelessRuleGroupReferencesDetails$"];
var named851 = exported["FreeTrialStatus$"];
var named852 = exported["FreeTrialStatusValue"];
var named853 = exported["FreeTrialType"];
var named854 = exported["GenerateRecommendedPolicyV2$"];
var named855 = exported["GenerateRecommendedPolicyV2Command"];
var named856 = exported["GenerateRecommendedPolicyV2Request$"];
var named857 = exported["GenerateRecommendedPolicyV2Response$"];
var named858 = exported["GeneratorDetails$"];
var named859 = exported["GeoLocation$"];
var named860 = exported["GetAdministratorAccount$"];
var named861 = exported["GetAdministratorAccountCommand"];
var named862 = exported["GetAdministratorAccountRequest$"];
var named863 = exported["GetAdministratorAccountResponse$"];
var named864 = exported["GetAggregatorV2$"];
var named865 = exported["GetAggregatorV2Command"];
var named866 = exported["GetAggregatorV2Request$"];
var named867 = exported["GetAggregatorV2Response$"];
var named868 = exported["GetAutomationRuleV2$"];
var named869 = exported["GetAutomationRuleV2Command"];
var named870 = exported["GetAutomationRuleV2Request$"];
var named871 = exported["GetAutomationRuleV2Response$"];
var named872 = exported["GetConfigurationPolicy$"];
var named873 = exported["GetConfigurationPolicyAssociation$"];
var named874 = exported["GetConfigurationPolicyAssociationCommand"];
var named875 = exported["GetConfigurationPolicyAssociationRequest$"];
var named876 = exported["GetConfigurationPolicyAssociationResponse$"];
var named877 = exported["GetConfigurationPolicyCommand"];
var named878 = exported["GetConfigurationPolicyRequest$"];
var named879 = exported["GetConfigurationPolicyResponse$"];
var named880 = exported["GetConnector$"];
var named881 = exported["GetConnectorCommand"];
var named882 = exported["GetConnectorRequest$"];
var named883 = exported["GetConnectorResponse$"];
var named884 = exported["GetConnectorV2$"];
var named885 = exported["GetConnectorV2Command"];
var named886 = exported["GetConnectorV2Request$"];
var named887 = exported["GetConnectorV2Response$"];
var named888 = exported["GetEnabledStandards$"];
var named889 = exported["GetEnabledStandardsCommand"];
var named890 = exported["GetEnabledStandardsRequest$"];
var named891 = exported["GetEnabledStandardsResponse$"];
var named892 = exported["GetFindingAggregator$"];
var named893 = exported["GetFindingAggregatorCommand"];
var named894 = exported["GetFindingAggregatorRequest$"];
var named895 = exported["GetFindingAggregatorResponse$"];
var named896 = exported["GetFindingHistory$"];
var named897 = exported["GetFindingHistoryCommand"];
var named898 = exported["GetFindingHistoryRequest$"];
var named899 = exported["GetFindingHistoryResponse$"];
var named900 = exported["GetFindingStatisticsV2$"];
var named901 = exported["GetFindingStatisticsV2Command"];
var named902 = exported["GetFindingStatisticsV2Request$"];
var named903 = exported["GetFindingStatisticsV2Response$"];
var named904 = exported["GetFindings$"];
var named905 = exported["GetFindingsCommand"];
var named906 = exported["GetFindingsRequest$"];
var named907 = exported["GetFindingsResponse$"];
var named908 = exported["GetFindingsTrendsV2$"];
var named909 = exported["GetFindingsTrendsV2Command"];
var named910 = exported["GetFindingsTrendsV2Request$"];
var named911 = exported["GetFindingsTrendsV2Response$"];
var named912 = exported["GetFindingsV2$"];
var named913 = exported["GetFindingsV2Command"];
var named914 = exported["GetFindingsV2Request$"];
var named915 = exported["GetFindingsV2Response$"];
var named916 = exported["GetInsightResults$"];
var named917 = exported["GetInsightResultsCommand"];
var named918 = exported["GetInsightResultsRequest$"];
var named919 = exported["GetInsightResultsResponse$"];
var named920 = exported["GetInsights$"];
var named921 = exported["GetInsightsCommand"];
var named922 = exported["GetInsightsRequest$"];
var named923 = exported["GetInsightsResponse$"];
var named924 = exported["GetInvitationsCount$"];
var named925 = exported["GetInvitationsCountCommand"];
var named926 = exported["GetInvitationsCountRequest$"];
var named927 = exported["GetInvitationsCountResponse$"];
var named928 = exported["GetMasterAccount$"];
var named929 = exported["GetMasterAccountCommand"];
var named930 = exported["GetMasterAccountRequest$"];
var named931 = exported["GetMasterAccountResponse$"];
var named932 = exported["GetMembers$"];
var named933 = exported["GetMembersCommand"];
var named934 = exported["GetMembersRequest$"];
var named935 = exported["GetMembersResponse$"];
var named936 = exported["GetRecommendedPolicyV2$"];
var named937 = exported["GetRecommendedPolicyV2Command"];
var named938 = exported["GetRecommendedPolicyV2Request$"];
var named939 = exported["GetRecommendedPolicyV2Response$"];
var named940 = exported["GetResourcesStatisticsV2$"];
var named941 = exported["GetResourcesStatisticsV2Command"];
var named942 = exported["GetResourcesStatisticsV2Request$"];
var named943 = exported["GetResourcesStatisticsV2Response$"];
var named944 = exported["GetResourcesTrendsV2$"];
var named945 = exported["GetResourcesTrendsV2Command"];
var named946 = exported["GetResourcesTrendsV2Request$"];
var named947 = exported["GetResourcesTrendsV2Response$"];
var named948 = exported["GetResourcesV2$"];
var named949 = exported["GetResourcesV2Command"];
var named950 = exported["GetResourcesV2Request$"];
var named951 = exported["GetResourcesV2Response$"];
var named952 = exported["GetSecurityControlDefinition$"];
var named953 = exported["GetSecurityControlDefinitionCommand"];
var named954 = exported["GetSecurityControlDefinitionRequest$"];
var named955 = exported["GetSecurityControlDefinitionResponse$"];
var named956 = exported["GranularityField"];
var named957 = exported["GroupByField"];
var named958 = exported["GroupByResult$"];
var named959 = exported["GroupByRule$"];
var named960 = exported["GroupByValue$"];
var named961 = exported["HealthCheck$"];
var named962 = exported["HealthIssue$"];
var named963 = exported["HealthIssueCode"];
var named964 = exported["IcmpTypeCode$"];
var named965 = exported["ImportFindingsError$"];
var named966 = exported["Indicator$"];
var named967 = exported["Insight$"];
var named968 = exported["InsightResultValue$"];
var named969 = exported["InsightResults$"];
var named970 = exported["IntegerConfigurationOptions$"];
var named971 = exported["IntegerListConfigurationOptions$"];
var named972 = exported["IntegrationType"];
var named973 = exported["IntegrationV2Type"];
var named974 = exported["InternalException"];
var named975 = exported["InternalException$"];
var named976 = exported["InternalServerException"];
var named977 = exported["InternalServerException$"];
var named978 = exported["InvalidAccessException"];
var named979 = exported["InvalidAccessException$"];
var named980 = exported["InvalidInputException"];
var named981 = exported["InvalidInputException$"];
var named982 = exported["Invitation$"];
var named983 = exported["InviteMembers$"];
var named984 = exported["InviteMembersCommand"];
var named985 = exported["InviteMembersRequest$"];
var named986 = exported["InviteMembersResponse$"];
var named987 = exported["IpFilter$"];
var named988 = exported["IpOrganizationDetails$"];
var named989 = exported["Ipv6CidrBlockAssociation$"];
var named990 = exported["JiraCloudDetail$"];
var named991 = exported["JiraCloudProviderConfiguration$"];
var named992 = exported["JiraCloudUpdateConfiguration$"];
var named993 = exported["KeywordFilter$"];
var named994 = exported["LimitExceededException"];
var named995 = exported["LimitExceededException$"];
var named996 = exported["ListAggregatorsV2$"];
var named997 = exported["ListAggregatorsV2Command"];
var named998 = exported["ListAggregatorsV2Request$"];
var named999 = exported["ListAggregatorsV2Response$"];
var named1000 = exported["ListAutomationRules$"];
var named1001 = exported["ListAutomationRulesCommand"];
var named1002 = exported["ListAutomationRulesRequest$"];
var named1003 = exported["ListAutomationRulesResponse$"];
var named1004 = exported["ListAutomationRulesV2$"];
var named1005 = exported["ListAutomationRulesV2Command"];
var named1006 = exported["ListAutomationRulesV2Request$"];
var named1007 = exported["ListAutomationRulesV2Response$"];
var named1008 = exported["ListConfigurationPolicies$"];
var named1009 = exported["ListConfigurationPoliciesCommand"];
var named1010 = exported["ListConfigurationPoliciesRequest$"];
var named1011 = exported["ListConfigurationPoliciesResponse$"];
var named1012 = exported["ListConfigurationPolicyAssociations$"];
var named1013 = exported["ListConfigurationPolicyAssociationsCommand"];
var named1014 = exported["ListConfigurationPolicyAssociationsRequest$"];
var named1015 = exported["ListConfigurationPolicyAssociationsResponse$"];
var named1016 = exported["ListConnectors$"];
var named1017 = exported["ListConnectorsCommand"];
var named1018 = exported["ListConnectorsRequest$"];
var named1019 = exported["ListConnectorsResponse$"];
var named1020 = exported["ListConnectorsV2$"];
var named1021 = exported["ListConnectorsV2Command"];
var named1022 = exported["ListConnectorsV2Request$"];
var named1023 = exported["ListConnectorsV2Response$"];
var named1024 = exported["ListEnabledProductsForImport$"];
var named1025 = exported["ListEnabledProductsForImportCommand"];
var named1026 = exported["ListEnabledProductsForImportRequest$"];
var named1027 = exported["ListEnabledProductsForImportResponse$"];
var named1028 = exported["ListFindingAggregators$"];
var named1029 = exported["ListFindingAggregatorsCommand"];
var named1030 = exported["ListFindingAggregatorsRequest$"];
var named1031 = exported["ListFindingAggregatorsResponse$"];
var named1032 = exported["ListFreeTrialStatusesV2$"];
var named1033 = exported["ListFreeTrialStatusesV2Command"];
var named1034 = exported["ListFreeTrialStatusesV2Request$"];
var named1035 = exported["ListFreeTrialStatusesV2Response$"];
var named1036 = exported["ListInvitations$"];
var named1037 = exported["ListInvitationsCommand"];
var named1038 = exported["ListInvitationsRequest$"];
var named1039 = exported["ListInvitationsResponse$"];
var named1040 = exported["ListMembers$"];
var named1041 = exported["ListMembersCommand"];
var named1042 = exported["ListMembersRequest$"];
var named1043 = exported["ListMembersResponse$"];
var named1044 = exported["ListOrganizationAdminAccounts$"];
var named1045 = exported["ListOrganizationAdminAccountsCommand"];
var named1046 = exported["ListOrganizationAdminAccountsRequest$"];
var named1047 = exported["ListOrganizationAdminAccountsResponse$"];
var named1048 = exported["ListSecurityControlDefinitions$"];
var named1049 = exported["ListSecurityControlDefinitionsCommand"];
var named1050 = exported["ListSecurityControlDefinitionsRequest$"];
var named1051 = exported["ListSecurityControlDefinitionsResponse$"];
var named1052 = exported["ListStandardsControlAssociations$"];
var named1053 = exported["ListStandardsControlAssociationsCommand"];
var named1054 = exported["ListStandardsControlAssociationsRequest$"];
var named1055 = exported["ListStandardsControlAssociationsResponse$"];
var named1056 = exported["ListTagsForResource$"];
var named1057 = exported["ListTagsForResourceCommand"];
var named1058 = exported["ListTagsForResourceRequest$"];
var named1059 = exported["ListTagsForResourceResponse$"];
var named1060 = exported["LoadBalancerState$"];
var named1061 = exported["Malware$"];
var named1062 = exported["MalwareState"];
var named1063 = exported["MalwareType"];
var named1064 = exported["MapFilter$"];
var named1065 = exported["MapFilterComparison"];
var named1066 = exported["Member$"];
var named1067 = exported["Network$"];
var named1068 = exported["NetworkAutonomousSystem$"];
var named1069 = exported["NetworkConnection$"];
var named1070 = exported["NetworkConnectionAction$"];
var named1071 = exported["NetworkDirection"];
var named1072 = exported["NetworkEndpoint$"];
var named1073 = exported["NetworkGeoLocation$"];
var named1074 = exported["NetworkHeader$"];
var named1075 = exported["NetworkPathComponent$"];
var named1076 = exported["NetworkPathComponentDetails$"];
var named1077 = exported["Note$"];
var named1078 = exported["NoteUpdate$"];
var named1079 = exported["NumberFilter$"];
var named1080 = exported["Occurrences$"];
var named1081 = exported["OcsfBooleanField"];
var named1082 = exported["OcsfBooleanFilter$"];
var named1083 = exported["OcsfDateField"];
var named1084 = exported["OcsfDateFilter$"];
var named1085 = exported["OcsfFindingFilters$"];
var named1086 = exported["OcsfFindingIdentifier$"];
var named1087 = exported["OcsfIpField"];
var named1088 = exported["OcsfIpFilter$"];
var named1089 = exported["OcsfMapField"];
var named1090 = exported["OcsfMapFilter$"];
var named1091 = exported["OcsfNumberField"];
var named1092 = exported["OcsfNumberFilter$"];
var named1093 = exported["OcsfStringField"];
var named1094 = exported["OcsfStringFilter$"];
var named1095 = exported["OrganizationConfiguration$"];
var named1096 = exported["OrganizationConfigurationConfigurationType"];
var named1097 = exported["OrganizationConfigurationStatus"];
var named1098 = exported["OrganizationNotFoundException"];
var named1099 = exported["OrganizationNotFoundException$"];
var named1100 = exported["OrganizationalUnitNotFoundException"];
var named1101 = exported["OrganizationalUnitNotFoundException$"];
var named1102 = exported["Page$"];
var named1103 = exported["ParameterConfiguration$"];
var named1104 = exported["ParameterDefinition$"];
var named1105 = exported["ParameterValue$"];
var named1106 = exported["ParameterValueType"];
var named1107 = exported["Partition"];
var named1108 = exported["PatchSummary$"];
var named1109 = exported["Policy$"];
var named1110 = exported["PortProbeAction$"];
var named1111 = exported["PortProbeDetail$"];
var named1112 = exported["PortRange$"];
var named1113 = exported["PortRangeFromTo$"];
var named1114 = exported["ProcessDetails$"];
var named1115 = exported["Product$"];
var named1116 = exported["ProductV2$"];
var named1117 = exported["PropagatingVgwSetDetails$"];
var named1118 = exported["ProviderConfiguration$"];
var named1119 = exported["ProviderDetail$"];
var named1120 = exported["ProviderSummary$"];
var named1121 = exported["ProviderUpdateConfiguration$"];
var named1122 = exported["Range$"];
var named1123 = exported["Recommendation$"];
var named1124 = exported["RecommendationError$"];
var named1125 = exported["RecommendationStatus"];
var named1126 = exported["RecommendationStep$"];
var named1127 = exported["RecommendationType"];
var named1128 = exported["RecordState"];
var named1129 = exported["RegionAvailabilityStatus"];
var named1130 = exported["RegisterConnectorV2$"];
var named1131 = exported["RegisterConnectorV2Command"];
var named1132 = exported["RegisterConnectorV2Request$"];
var named1133 = exported["RegisterConnectorV2Response$"];
var named1134 = exported["RelatedFinding$"];
var named1135 = exported["Remediation$"];
var named1136 = exported["Resource$"];
var named1137 = exported["ResourceCategory"];
var named1138 = exported["ResourceConflictException"];
var named1139 = exported["ResourceConflictException$"];
var named1140 = exported["ResourceDetails$"];
var named1141 = exported["ResourceFindingsSummary$"];
var named1142 = exported["ResourceGroupByField"];
var named1143 = exported["ResourceGroupByRule$"];
var named1144 = exported["ResourceInUseException"];
var named1145 = exported["ResourceInUseException$"];
var named1146 = exported["ResourceInfo$"];
var named1147 = exported["ResourceNotFoundException"];
var named1148 = exported["ResourceNotFoundException$"];
var named1149 = exported["ResourceOwner$"];
var named1150 = exported["ResourceOwnerAccount$"];
var named1151 = exported["ResourceOwnerOrg$"];
var named1152 = exported["ResourceResult$"];
var named1153 = exported["ResourceScopes$"];
var named1154 = exported["ResourceSeverityBreakdown$"];
var named1155 = exported["ResourceSubCategory"];
var named1156 = exported["ResourceTag$"];
var named1157 = exported["ResourcesCompositeFilter$"];
var named1158 = exported["ResourcesCount$"];
var named1159 = exported["ResourcesDateField"];
var named1160 = exported["ResourcesDateFilter$"];
var named1161 = exported["ResourcesFilters$"];
var named1162 = exported["ResourcesMapField"];
var named1163 = exported["ResourcesMapFilter$"];
var named1164 = exported["ResourcesNumberField"];
var named1165 = exported["ResourcesNumberFilter$"];
var named1166 = exported["ResourcesStringField"];
var named1167 = exported["ResourcesStringFilter$"];
var named1168 = exported["ResourcesTrendsCompositeFilter$"];
var named1169 = exported["ResourcesTrendsFilters$"];
var named1170 = exported["ResourcesTrendsMetricsResult$"];
var named1171 = exported["ResourcesTrendsStringField"];
var named1172 = exported["ResourcesTrendsStringFilter$"];
var named1173 = exported["ResourcesTrendsValues$"];
var named1174 = exported["Result$"];
var named1175 = exported["RouteSetDetails$"];
var named1176 = exported["RuleGroupDetails$"];
var named1177 = exported["RuleGroupSource$"];
var named1178 = exported["RuleGroupSourceCustomActionsDetails$"];
var named1179 = exported["RuleGroupSourceListDetails$"];
var named1180 = exported["RuleGroupSourceStatefulRulesDetails$"];
var named1181 = exported["RuleGroupSourceStatefulRulesHeaderDetails$"];
var named1182 = exported["RuleGroupSourceStatefulRulesOptionsDetails$"];
var named1183 = exported["RuleGroupSourceStatelessRuleDefinition$"];
var named1184 = exported["RuleGroupSourceStatelessRuleMatchAttributes$"];
var named1185 = exported["RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$"];
var named1186 = exported["RuleGroupSourceStatelessRuleMatchAttributesDestinations$"];
var named1187 = exported["RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$"];
var named1188 = exported["RuleGroupSourceStatelessRuleMatchAttributesSources$"];
var named1189 = exported["RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$"];
var named1190 = exported["RuleGroupSourceStatelessRulesAndCustomActionsDetails$"];
var named1191 = exported["RuleGroupSourceStatelessRulesDetails$"];
var named1192 = exported["RuleGroupVariables$"];
var named1193 = exported["RuleGroupVariablesIpSetsDetails$"];
var named1194 = exported["RuleGroupVariablesPortSetsDetails$"];
var named1195 = exported["RuleStatus"];
var named1196 = exported["RuleStatusV2"];
var named1197 = exported["ScopeType"];
var named1198 = exported["SecurityControl$"];
var named1199 = exported["SecurityControlCustomParameter$"];
var named1200 = exported["SecurityControlDefinition$"];
var named1201 = exported["SecurityControlParameter$"];
var named1202 = exported["SecurityControlProperty"];
var named1203 = exported["SecurityControlsConfiguration$"];
var named1204 = exported["SecurityControlsProvider"];
var named1205 = exported["SecurityHub"];
var named1206 = exported["SecurityHubClient"];
var named1207 = exported["SecurityHubFeature"];
var named1208 = exported["SecurityHubPolicy$"];
var named1209 = exported["SecurityHubServiceException"];
var named1210 = exported["SecurityHubServiceException$"];
var named1211 = exported["SensitiveDataDetections$"];
var named1212 = exported["SensitiveDataResult$"];
var named1213 = exported["Sequence$"];
var named1214 = exported["ServiceNowDetail$"];
var named1215 = exported["ServiceNowProviderConfiguration$"];
var named1216 = exported["ServiceNowUpdateConfiguration$"];
var named1217 = exported["ServiceQuotaExceededException"];
var named1218 = exported["ServiceQuotaExceededException$"];
var named1219 = exported["Severity$"];
var named1220 = exported["SeverityLabel"];
var named1221 = exported["SeverityRating"];
var named1222 = exported["SeverityTrendsCount$"];
var named1223 = exported["SeverityUpdate$"];
var named1224 = exported["Signal$"];
var named1225 = exported["SoftwarePackage$"];
var named1226 = exported["SortCriterion$"];
var named1227 = exported["SortOrder"];
var named1228 = exported["Standard$"];
var named1229 = exported["StandardsControl$"];
var named1230 = exported["StandardsControlAssociationDetail$"];
var named1231 = exported["StandardsControlAssociationId$"];
var named1232 = exported["StandardsControlAssociationSummary$"];
var named1233 = exported["StandardsControlAssociationUpdate$"];
var named1234 = exported["StandardsControlsUpdatable"];
var named1235 = exported["StandardsManagedBy$"];
var named1236 = exported["StandardsProvider"];
var named1237 = exported["StandardsStatus"];
var named1238 = exported["StandardsStatusReason$"];
var named1239 = exported["StandardsSubscription$"];
var named1240 = exported["StandardsSubscriptionRequest$"];
var named1241 = exported["StartConfigurationPolicyAssociation$"];
var named1242 = exported["StartConfigurationPolicyAssociationCommand"];
var named1243 = exported["StartConfigurationPolicyAssociationRequest$"];
var named1244 = exported["StartConfigurationPolicyAssociationResponse$"];
var named1245 = exported["StartConfigurationPolicyDisassociation$"];
var named1246 = exported["StartConfigurationPolicyDisassociationCommand"];
var named1247 = exported["StartConfigurationPolicyDisassociationRequest$"];
var named1248 = exported["StartConfigurationPolicyDisassociationResponse$"];
var named1249 = exported["StatelessCustomActionDefinition$"];
var named1250 = exported["StatelessCustomPublishMetricAction$"];
var named1251 = exported["StatelessCustomPublishMetricActionDimension$"];
var named1252 = exported["StatusReason$"];
var named1253 = exported["StatusReasonCode"];
var named1254 = exported["StringConfigurationOptions$"];
var named1255 = exported["StringFilter$"];
var named1256 = exported["StringFilterComparison"];
var named1257 = exported["StringListConfigurationOptions$"];
var named1258 = exported["TagResource$"];
var named1259 = exported["TagResourceCommand"];
var named1260 = exported["TagResourceRequest$"];
var named1261 = exported["TagResourceResponse$"];
var named1262 = exported["Target$"];
var named1263 = exported["TargetType"];
var named1264 = exported["Threat$"];
var named1265 = exported["ThreatIntelIndicator$"];
var named1266 = exported["ThreatIntelIndicatorCategory"];
var named1267 = exported["ThreatIntelIndicatorType"];
var named1268 = exported["ThrottlingException"];
var named1269 = exported["ThrottlingException$"];
var named1270 = exported["TicketCreationMode"];
var named1271 = exported["TrendsMetricsResult$"];
var named1272 = exported["TrendsValues$"];
var named1273 = exported["UnprocessedAutomationRule$"];
var named1274 = exported["UnprocessedConfigurationPolicyAssociation$"];
var named1275 = exported["UnprocessedErrorCode"];
var named1276 = exported["UnprocessedSecurityControl$"];
var named1277 = exported["UnprocessedStandardsControlAssociation$"];
var named1278 = exported["UnprocessedStandardsControlAssociationUpdate$"];
var named1279 = exported["UntagResource$"];
var named1280 = exported["UntagResourceCommand"];
var named1281 = exported["UntagResourceRequest$"];
var named1282 = exported["UntagResourceResponse$"];
var named1283 = exported["UnusedPermissionsRecommendationStep$"];
var named1284 = exported["UpdateActionTarget$"];
var named1285 = exported["UpdateActionTargetCommand"];
var named1286 = exported["UpdateActionTargetRequest$"];
var named1287 = exported["UpdateActionTargetResponse$"];
var named1288 = exported["UpdateAggregatorV2$"];
var named1289 = exported["UpdateAggregatorV2Command"];
var named1290 = exported["UpdateAggregatorV2Request$"];
var named1291 = exported["UpdateAggregatorV2Response$"];
var named1292 = exported["UpdateAutomationRuleV2$"];
var named1293 = exported["UpdateAutomationRuleV2Command"];
var named1294 = exported["UpdateAutomationRuleV2Request$"];
var named1295 = exported["UpdateAutomationRuleV2Response$"];
var named1296 = exported["UpdateAutomationRulesRequestItem$"];
var named1297 = exported["UpdateConfigurationPolicy$"];
var named1298 = exported["UpdateConfigurationPolicyCommand"];
var named1299 = exported["UpdateConfigurationPolicyRequest$"];
var named1300 = exported["UpdateConfigurationPolicyResponse$"];
var named1301 = exported["UpdateConnector$"];
var named1302 = exported["UpdateConnectorCommand"];
var named1303 = exported["UpdateConnectorRequest$"];
var named1304 = exported["UpdateConnectorResponse$"];
var named1305 = exported["UpdateConnectorV2$"];
var named1306 = exported["UpdateConnectorV2Command"];
var named1307 = exported["UpdateConnectorV2Request$"];
var named1308 = exported["UpdateConnectorV2Response$"];
var named1309 = exported["UpdateFindingAggregator$"];
var named1310 = exported["UpdateFindingAggregatorCommand"];
var named1311 = exported["UpdateFindingAggregatorRequest$"];
var named1312 = exported["UpdateFindingAggregatorResponse$"];
var named1313 = exported["UpdateFindings$"];
var named1314 = exported["UpdateFindingsCommand"];
var named1315 = exported["UpdateFindingsRequest$"];
var named1316 = exported["UpdateFindingsResponse$"];
var named1317 = exported["UpdateInsight$"];
var named1318 = exported["UpdateInsightCommand"];
var named1319 = exported["UpdateInsightRequest$"];
var named1320 = exported["UpdateInsightResponse$"];
var named1321 = exported["UpdateOrganizationConfiguration$"];
var named1322 = exported["UpdateOrganizationConfigurationCommand"];
var named1323 = exported["UpdateOrganizationConfigurationRequest$"];
var named1324 = exported["UpdateOrganizationConfigurationResponse$"];
var named1325 = exported["UpdateSecurityControl$"];
var named1326 = exported["UpdateSecurityControlCommand"];
var named1327 = exported["UpdateSecurityControlRequest$"];
var named1328 = exported["UpdateSecurityControlResponse$"];
var named1329 = exported["UpdateSecurityHubConfiguration$"];
var named1330 = exported["UpdateSecurityHubConfigurationCommand"];
var named1331 = exported["UpdateSecurityHubConfigurationRequest$"];
var named1332 = exported["UpdateSecurityHubConfigurationResponse$"];
var named1333 = exported["UpdateStandardsControl$"];
var named1334 = exported["UpdateStandardsControlCommand"];
var named1335 = exported["UpdateStandardsControlRequest$"];
var named1336 = exported["UpdateStandardsControlResponse$"];
var named1337 = exported["UpdateStatus"];
var named1338 = exported["UserAccount$"];
var named1339 = exported["ValidationException"];
var named1340 = exported["ValidationException$"];
var named1341 = exported["VerificationState"];
var named1342 = exported["VolumeMount$"];
var named1343 = exported["VpcInfoCidrBlockSetDetails$"];
var named1344 = exported["VpcInfoIpv6CidrBlockSetDetails$"];
var named1345 = exported["VpcInfoPeeringOptionsDetails$"];
var named1346 = exported["Vulnerability$"];
var named1347 = exported["VulnerabilityCodeVulnerabilities$"];
var named1348 = exported["VulnerabilityExploitAvailable"];
var named1349 = exported["VulnerabilityFixAvailable"];
var named1350 = exported["VulnerabilityVendor$"];
var named1351 = exported["WafAction$"];
var named1352 = exported["WafExcludedRule$"];
var named1353 = exported["WafOverrideAction$"];
var named1354 = exported["Workflow$"];
var named1355 = exported["WorkflowState"];
var named1356 = exported["WorkflowStatus"];
var named1357 = exported["WorkflowUpdate$"];
var named1358 = exported["_Record$"];
var named1359 = exported["__Client"];
var named1360 = exported["errorTypeRegistries"];
var named1361 = exported["paginateDescribeActionTargets"];
var named1362 = exported["paginateDescribeProducts"];
var named1363 = exported["paginateDescribeProductsV2"];
var named1364 = exported["paginateDescribeStandards"];
var named1365 = exported["paginateDescribeStandardsControls"];
var named1366 = exported["paginateGetEnabledStandards"];
var named1367 = exported["paginateGetFindingHistory"];
var named1368 = exported["paginateGetFindings"];
var named1369 = exported["paginateGetFindingsTrendsV2"];
var named1370 = exported["paginateGetFindingsV2"];
var named1371 = exported["paginateGetInsights"];
var named1372 = exported["paginateGetRecommendedPolicyV2"];
var named1373 = exported["paginateGetResourcesTrendsV2"];
var named1374 = exported["paginateGetResourcesV2"];
var named1375 = exported["paginateListAggregatorsV2"];
var named1376 = exported["paginateListConfigurationPolicies"];
var named1377 = exported["paginateListConfigurationPolicyAssociations"];
var named1378 = exported["paginateListEnabledProductsForImport"];
var named1379 = exported["paginateListFindingAggregators"];
var named1380 = exported["paginateListFreeTrialStatusesV2"];
var named1381 = exported["paginateListInvitations"];
var named1382 = exported["paginateListMembers"];
var named1383 = exported["paginateListOrganizationAdminAccounts"];
var named1384 = exported["paginateListSecurityControlDefinitions"];
var named1385 = exported["paginateListStandardsControlAssociations"];
export {
  named0 as $Command,
  named1 as AIDetails$,
  named2 as AcceptAdministratorInvitation$,
  named3 as AcceptAdministratorInvitationCommand,
  named4 as AcceptAdministratorInvitationRequest$,
  named5 as AcceptAdministratorInvitationResponse$,
  named6 as AcceptInvitation$,
  named7 as AcceptInvitationCommand,
  named8 as AcceptInvitationRequest$,
  named9 as AcceptInvitationResponse$,
  named10 as AccessDeniedException,
  named11 as AccessDeniedException$,
  named12 as AccountDetails$,
  named13 as AccountFreeTrialStatus$,
  named14 as Action$,
  named15 as ActionLocalIpDetails$,
  named16 as ActionLocalPortDetails$,
  named17 as ActionRemoteIpDetails$,
  named18 as ActionRemotePortDetails$,
  named19 as ActionTarget$,
  named20 as Actor$,
  named21 as ActorSession$,
  named22 as ActorSessionMfaStatus,
  named23 as ActorUser$,
  named24 as Adjustment$,
  named25 as AdminAccount$,
  named26 as AdminStatus,
  named27 as AggregatorV2$,
  named28 as AllowedOperators,
  named29 as AssociatedStandard$,
  named30 as AssociationFilters$,
  named31 as AssociationSetDetails$,
  named32 as AssociationStateDetails$,
  named33 as AssociationStatus,
  named34 as AssociationType,
  named35 as AutoEnableStandards,
  named36 as AutomationRulesAction$,
  named37 as AutomationRulesActionType,
  named38 as AutomationRulesActionTypeObjectV2$,
  named39 as AutomationRulesActionTypeV2,
  named40 as AutomationRulesActionV2$,
  named41 as AutomationRulesConfig$,
  named42 as AutomationRulesFindingFieldsUpdate$,
  named43 as AutomationRulesFindingFieldsUpdateV2$,
  named44 as AutomationRulesFindingFilters$,
  named45 as AutomationRulesMetadata$,
  named46 as AutomationRulesMetadataV2$,
  named47 as AvailabilityZone$,
  named48 as AwsAmazonMqBrokerDetails$,
  named49 as AwsAmazonMqBrokerEncryptionOptionsDetails$,
  named50 as AwsAmazonMqBrokerLdapServerMetadataDetails$,
  named51 as AwsAmazonMqBrokerLogsDetails$,
  named52 as AwsAmazonMqBrokerLogsPendingDetails$,
  named53 as AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$,
  named54 as AwsAmazonMqBrokerUsersDetails$,
  named55 as AwsApiCallAction$,
  named56 as AwsApiCallActionDomainDetails$,
  named57 as AwsApiGatewayAccessLogSettings$,
  named58 as AwsApiGatewayCanarySettings$,
  named59 as AwsApiGatewayEndpointConfiguration$,
  named60 as AwsApiGatewayMethodSettings$,
  named61 as AwsApiGatewayRestApiDetails$,
  named62 as AwsApiGatewayStageDetails$,
  named63 as AwsApiGatewayV2ApiDetails$,
  named64 as AwsApiGatewayV2RouteSettings$,
  named65 as AwsApiGatewayV2StageDetails$,
  named66 as AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$,
  named67 as AwsAppSyncGraphQlApiDetails$,
  named68 as AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$,
  named69 as AwsAppSyncGraphQlApiLogConfigDetails$,
  named70 as AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$,
  named71 as AwsAppSyncGraphQlApiUserPoolConfigDetails$,
  named72 as AwsAthenaWorkGroupConfigurationDetails$,
  named73 as AwsAthenaWorkGroupConfigurationResultConfigurationDetails$,
  named74 as AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$,
  named75 as AwsAthenaWorkGroupDetails$,
  named76 as AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$,
  named77 as AwsAutoScalingAutoScalingGroupDetails$,
  named78 as AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$,
  named79 as AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$,
  named80 as AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$,
  named81 as AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$,
  named82 as AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$,
  named83 as AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$,
  named84 as AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$,
  named85 as AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$,
  named86 as AwsAutoScalingLaunchConfigurationDetails$,
  named87 as AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$,
  named88 as AwsAutoScalingLaunchConfigurationMetadataOptions$,
  named89 as AwsBackupBackupPlanAdvancedBackupSettingsDetails$,
  named90 as AwsBackupBackupPlanBackupPlanDetails$,
  named91 as AwsBackupBackupPlanDetails$,
  named92 as AwsBackupBackupPlanLifecycleDetails$,
  named93 as AwsBackupBackupPlanRuleCopyActionsDetails$,
  named94 as AwsBackupBackupPlanRuleDetails$,
  named95 as AwsBackupBackupVaultDetails$,
  named96 as AwsBackupBackupVaultNotificationsDetails$,
  named97 as AwsBackupRecoveryPointCalculatedLifecycleDetails$,
  named98 as AwsBackupRecoveryPointCreatedByDetails$,
  named99 as AwsBackupRecoveryPointDetails$,
  named100 as AwsBackupRecoveryPointLifecycleDetails$,
  named101 as AwsCertificateManagerCertificateDetails$,
  named102 as AwsCertificateManagerCertificateDomainValidationOption$,
  named103 as AwsCertificateManagerCertificateExtendedKeyUsage$,
  named104 as AwsCertificateManagerCertificateKeyUsage$,
  named105 as AwsCertificateManagerCertificateOptions$,
  named106 as AwsCertificateManagerCertificateRenewalSummary$,
  named107 as AwsCertificateManagerCertificateResourceRecord$,
  named108 as AwsCloudFormationStackDetails$,
  named109 as AwsCloudFormationStackDriftInformationDetails$,
  named110 as AwsCloudFormationStackOutputsDetails$,
  named111 as AwsCloudFrontDistributionCacheBehavior$,
  named112 as AwsCloudFrontDistributionCacheBehaviors$,
  named113 as AwsCloudFrontDistributionDefaultCacheBehavior$,
  named114 as AwsCloudFrontDistributionDetails$,
  named115 as AwsCloudFrontDistributionLogging$,
  named116 as AwsCloudFrontDistributionOriginCustomOriginConfig$,
  named117 as AwsCloudFrontDistributionOriginGroup$,
  named118 as AwsCloudFrontDistributionOriginGroupFailover$,
  named119 as AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$,
  named120 as AwsCloudFrontDistributionOriginGroups$,
  named121 as AwsCloudFrontDistributionOriginItem$,
  named122 as AwsCloudFrontDistributionOriginS3OriginConfig$,
  named123 as AwsCloudFrontDistributionOriginSslProtocols$,
  named124 as AwsCloudFrontDistributionOrigins$,
  named125 as AwsCloudFrontDistributionViewerCertificate$,
  named126 as AwsCloudTrailTrailDetails$,
  named127 as AwsCloudWatchAlarmDetails$,
  named128 as AwsCloudWatchAlarmDimensionsDetails$,
  named129 as AwsCodeBuildProjectArtifactsDetails$,
  named130 as AwsCodeBuildProjectDetails$,
  named131 as AwsCodeBuildProjectEnvironment$,
  named132 as AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$,
  named133 as AwsCodeBuildProjectEnvironmentRegistryCredential$,
  named134 as AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$,
  named135 as AwsCodeBuildProjectLogsConfigDetails$,
  named136 as AwsCodeBuildProjectLogsConfigS3LogsDetails$,
  named137 as AwsCodeBuildProjectSource$,
  named138 as AwsCodeBuildProjectVpcConfig$,
  named139 as AwsCorsConfiguration$,
  named140 as AwsDmsEndpointDetails$,
  named141 as AwsDmsReplicationInstanceDetails$,
  named142 as AwsDmsReplicationInstanceReplicationSubnetGroupDetails$,
  named143 as AwsDmsReplicationInstanceVpcSecurityGroupsDetails$,
  named144 as AwsDmsReplicationTaskDetails$,
  named145 as AwsDynamoDbTableAttributeDefinition$,
  named146 as AwsDynamoDbTableBillingModeSummary$,
  named147 as AwsDynamoDbTableDetails$,
  named148 as AwsDynamoDbTableGlobalSecondaryIndex$,
  named149 as AwsDynamoDbTableKeySchema$,
  named150 as AwsDynamoDbTableLocalSecondaryIndex$,
  named151 as AwsDynamoDbTableProjection$,
  named152 as AwsDynamoDbTableProvisionedThroughput$,
  named153 as AwsDynamoDbTableProvisionedThroughputOverride$,
  named154 as AwsDynamoDbTableReplica$,
  named155 as AwsDynamoDbTableReplicaGlobalSecondaryIndex$,
  named156 as AwsDynamoDbTableRestoreSummary$,
  named157 as AwsDynamoDbTableSseDescription$,
  named158 as AwsDynamoDbTableStreamSpecification$,
  named159 as AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$,
  named160 as AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$,
  named161 as AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$,
  named162 as AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$,
  named163 as AwsEc2ClientVpnEndpointClientConnectOptionsDetails$,
  named164 as AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$,
  named165 as AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$,
  named166 as AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$,
  named167 as AwsEc2ClientVpnEndpointDetails$,
  named168 as AwsEc2EipDetails$,
  named169 as AwsEc2InstanceDetails$,
  named170 as AwsEc2InstanceMetadataOptions$,
  named171 as AwsEc2InstanceMonitoringDetails$,
  named172 as AwsEc2InstanceNetworkInterfacesDetails$,
  named173 as AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$,
  named174 as AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$,
  named175 as AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$,
  named176 as AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$,
  named177 as AwsEc2LaunchTemplateDataCpuOptionsDetails$,
  named178 as AwsEc2LaunchTemplateDataCreditSpecificationDetails$,
  named179 as AwsEc2LaunchTemplateDataDetails$,
  named180 as AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$,
  named181 as AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$,
  named182 as AwsEc2LaunchTemplateDataEnclaveOptionsDetails$,
  named183 as AwsEc2LaunchTemplateDataHibernationOptionsDetails$,
  named184 as AwsEc2LaunchTemplateDataIamInstanceProfileDetails$,
  named185 as AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$,
  named186 as AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$,
  named187 as AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$,
  named188 as AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$,
  named189 as AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$,
  named190 as AwsEc2LaunchTemplateDataInstanceRequirementsDetails$,
  named191 as AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$,
  named192 as AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$,
  named193 as AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$,
  named194 as AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$,
  named195 as AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$,
  named196 as AwsEc2LaunchTemplateDataLicenseSetDetails$,
  named197 as AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$,
  named198 as AwsEc2LaunchTemplateDataMetadataOptionsDetails$,
  named199 as AwsEc2LaunchTemplateDataMonitoringDetails$,
  named200 as AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$,
  named201 as AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$,
  named202 as AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$,
  named203 as AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$,
  named204 as AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$,
  named205 as AwsEc2LaunchTemplateDataPlacementDetails$,
  named206 as AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$,
  named207 as AwsEc2LaunchTemplateDetails$,
  named208 as AwsEc2NetworkAclAssociation$,
  named209 as AwsEc2NetworkAclDetails$,
  named210 as AwsEc2NetworkAclEntry$,
  named211 as AwsEc2NetworkInterfaceAttachment$,
  named212 as AwsEc2NetworkInterfaceDetails$,
  named213 as AwsEc2NetworkInterfaceIpV6AddressDetail$,
  named214 as AwsEc2NetworkInterfacePrivateIpAddressDetail$,
  named215 as AwsEc2NetworkInterfaceSecurityGroup$,
  named216 as AwsEc2RouteTableDetails$,
  named217 as AwsEc2SecurityGroupDetails$,
  named218 as AwsEc2SecurityGroupIpPermission$,
  named219 as AwsEc2SecurityGroupIpRange$,
  named220 as AwsEc2SecurityGroupIpv6Range$,
  named221 as AwsEc2SecurityGroupPrefixListId$,
  named222 as AwsEc2SecurityGroupUserIdGroupPair$,
  named223 as AwsEc2SubnetDetails$,
  named224 as AwsEc2TransitGatewayDetails$,
  named225 as AwsEc2VolumeAttachment$,
  named226 as AwsEc2VolumeDetails$,
  named227 as AwsEc2VpcDetails$,
  named228 as AwsEc2VpcEndpointServiceDetails$,
  named229 as AwsEc2VpcEndpointServiceServiceTypeDetails$,
  named230 as AwsEc2VpcPeeringConnectionDetails$,
  named231 as AwsEc2VpcPeeringConnectionStatusDetails$,
  named232 as AwsEc2VpcPeeringConnectionVpcInfoDetails$,
  named233 as AwsEc2VpnConnectionDetails$,
  named234 as AwsEc2VpnConnectionOptionsDetails$,
  named235 as AwsEc2VpnConnectionOptionsTunnelOptionsDetails$,
  named236 as AwsEc2VpnConnectionRoutesDetails$,
  named237 as AwsEc2VpnConnectionVgwTelemetryDetails$,
  named238 as AwsEcrContainerImageDetails$,
  named239 as AwsEcrRepositoryDetails$,
  named240 as AwsEcrRepositoryImageScanningConfigurationDetails$,
  named241 as AwsEcrRepositoryLifecyclePolicyDetails$,
  named242 as AwsEcsClusterClusterSettingsDetails$,
  named243 as AwsEcsClusterConfigurationDetails$,
  named244 as AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$,
  named245 as AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$,
  named246 as AwsEcsClusterDefaultCapacityProviderStrategyDetails$,
  named247 as AwsEcsClusterDetails$,
  named248 as AwsEcsContainerDetails$,
  named249 as AwsEcsServiceCapacityProviderStrategyDetails$,
  named250 as AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$,
  named251 as AwsEcsServiceDeploymentConfigurationDetails$,
  named252 as AwsEcsServiceDeploymentControllerDetails$,
  named253 as AwsEcsServiceDetails$,
  named254 as AwsEcsServiceLoadBalancersDetails$,
  named255 as AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$,
  named256 as AwsEcsServiceNetworkConfigurationDetails$,
  named257 as AwsEcsServicePlacementConstraintsDetails$,
  named258 as AwsEcsServicePlacementStrategiesDetails$,
  named259 as AwsEcsServiceServiceRegistriesDetails$,
  named260 as AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$,
  named261 as AwsEcsTaskDefinitionContainerDefinitionsDetails$,
  named262 as AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$,
  named263 as AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$,
  named264 as AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$,
  named265 as AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$,
  named266 as AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$,
  named267 as AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$,
  named268 as AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$,
  named269 as AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$,
  named270 as AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$,
  named271 as AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$,
  named272 as AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$,
  named273 as AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$,
  named274 as AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$,
  named275 as AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$,
  named276 as AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$,
  named277 as AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$,
  named278 as AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$,
  named279 as AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$,
  named280 as AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$,
  named281 as AwsEcsTaskDefinitionDetails$,
  named282 as AwsEcsTaskDefinitionInferenceAcceleratorsDetails$,
  named283 as AwsEcsTaskDefinitionPlacementConstraintsDetails$,
  named284 as AwsEcsTaskDefinitionProxyConfigurationDetails$,
  named285 as AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$,
  named286 as AwsEcsTaskDefinitionVolumesDetails$,
  named287 as AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$,
  named288 as AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$,
  named289 as AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$,
  named290 as AwsEcsTaskDefinitionVolumesHostDetails$,
  named291 as AwsEcsTaskDetails$,
  named292 as AwsEcsTaskVolumeDetails$,
  named293 as AwsEcsTaskVolumeHostDetails$,
  named294 as AwsEfsAccessPointDetails$,
  named295 as AwsEfsAccessPointPosixUserDetails$,
  named296 as AwsEfsAccessPointRootDirectoryCreationInfoDetails$,
  named297 as AwsEfsAccessPointRootDirectoryDetails$,
  named298 as AwsEksClusterDetails$,
  named299 as AwsEksClusterLoggingClusterLoggingDetails$,
  named300 as AwsEksClusterLoggingDetails$,
  named301 as AwsEksClusterResourcesVpcConfigDetails$,
  named302 as AwsElasticBeanstalkEnvironmentDetails$,
  named303 as AwsElasticBeanstalkEnvironmentEnvironmentLink$,
  named304 as AwsElasticBeanstalkEnvironmentOptionSetting$,
  named305 as AwsElasticBeanstalkEnvironmentTier$,
  named306 as AwsElasticsearchDomainDetails$,
  named307 as AwsElasticsearchDomainDomainEndpointOptions$,
  named308 as AwsElasticsearchDomainElasticsearchClusterConfigDetails$,
  named309 as AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$,
  named310 as AwsElasticsearchDomainEncryptionAtRestOptions$,
  named311 as AwsElasticsearchDomainLogPublishingOptions$,
  named312 as AwsElasticsearchDomainLogPublishingOptionsLogConfig$,
  named313 as AwsElasticsearchDomainNodeToNodeEncryptionOptions$,
  named314 as AwsElasticsearchDomainServiceSoftwareOptions$,
  named315 as AwsElasticsearchDomainVPCOptions$,
  named316 as AwsElbAppCookieStickinessPolicy$,
  named317 as AwsElbLbCookieStickinessPolicy$,
  named318 as AwsElbLoadBalancerAccessLog$,
  named319 as AwsElbLoadBalancerAdditionalAttribute$,
  named320 as AwsElbLoadBalancerAttributes$,
  named321 as AwsElbLoadBalancerBackendServerDescription$,
  named322 as AwsElbLoadBalancerConnectionDraining$,
  named323 as AwsElbLoadBalancerConnectionSettings$,
  named324 as AwsElbLoadBalancerCrossZoneLoadBalancing$,
  named325 as AwsElbLoadBalancerDetails$,
  named326 as AwsElbLoadBalancerHealthCheck$,
  named327 as AwsElbLoadBalancerInstance$,
  named328 as AwsElbLoadBalancerListener$,
  named329 as AwsElbLoadBalancerListenerDescription$,
  named330 as AwsElbLoadBalancerPolicies$,
  named331 as AwsElbLoadBalancerSourceSecurityGroup$,
  named332 as AwsElbv2LoadBalancerAttribute$,
  named333 as AwsElbv2LoadBalancerDetails$,
  named334 as AwsEventSchemasRegistryDetails$,
  named335 as AwsEventsEndpointDetails$,
  named336 as AwsEventsEndpointEventBusesDetails$,
  named337 as AwsEventsEndpointReplicationConfigDetails$,
  named338 as AwsEventsEndpointRoutingConfigDetails$,
  named339 as AwsEventsEndpointRoutingConfigFailoverConfigDetails$,
  named340 as AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$,
  named341 as AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$,
  named342 as AwsEventsEventbusDetails$,
  named343 as AwsGuardDutyDetectorDataSourcesCloudTrailDetails$,
  named344 as AwsGuardDutyDetectorDataSourcesDetails$,
  named345 as AwsGuardDutyDetectorDataSourcesDnsLogsDetails$,
  named346 as AwsGuardDutyDetectorDataSourcesFlowLogsDetails$,
  named347 as AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$,
  named348 as AwsGuardDutyDetectorDataSourcesKubernetesDetails$,
  named349 as AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$,
  named350 as AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$,
  named351 as AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$,
  named352 as AwsGuardDutyDetectorDataSourcesS3LogsDetails$,
  named353 as AwsGuardDutyDetectorDetails$,
  named354 as AwsGuardDutyDetectorFeaturesDetails$,
  named355 as AwsIamAccessKeyDetails$,
  named356 as AwsIamAccessKeySessionContext$,
  named357 as AwsIamAccessKeySessionContextAttributes$,
  named358 as AwsIamAccessKeySessionContextSessionIssuer$,
  named359 as AwsIamAccessKeyStatus,
  named360 as AwsIamAttachedManagedPolicy$,
  named361 as AwsIamGroupDetails$,
  named362 as AwsIamGroupPolicy$,
  named363 as AwsIamInstanceProfile$,
  named364 as AwsIamInstanceProfileRole$,
  named365 as AwsIamPermissionsBoundary$,
  named366 as AwsIamPolicyDetails$,
  named367 as AwsIamPolicyVersion$,
  named368 as AwsIamRoleDetails$,
  named369 as AwsIamRolePolicy$,
  named370 as AwsIamUserDetails$,
  named371 as AwsIamUserPolicy$,
  named372 as AwsKinesisStreamDetails$,
  named373 as AwsKinesisStreamStreamEncryptionDetails$,
  named374 as AwsKmsKeyDetails$,
  named375 as AwsLambdaFunctionCode$,
  named376 as AwsLambdaFunctionDeadLetterConfig$,
  named377 as AwsLambdaFunctionDetails$,
  named378 as AwsLambdaFunctionEnvironment$,
  named379 as AwsLambdaFunctionEnvironmentError$,
  named380 as AwsLambdaFunctionLayer$,
  named381 as AwsLambdaFunctionTracingConfig$,
  named382 as AwsLambdaFunctionVpcConfig$,
  named383 as AwsLambdaLayerVersionDetails$,
  named384 as AwsMountPoint$,
  named385 as AwsMskClusterClusterInfoClientAuthenticationDetails$,
  named386 as AwsMskClusterClusterInfoClientAuthenticationSaslDetails$,
  named387 as AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$,
  named388 as AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$,
  named389 as AwsMskClusterClusterInfoClientAuthenticationTlsDetails$,
  named390 as AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$,
  named391 as AwsMskClusterClusterInfoDetails$,
  named392 as AwsMskClusterClusterInfoEncryptionInfoDetails$,
  named393 as AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$,
  named394 as AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$,
  named395 as AwsMskClusterDetails$,
  named396 as AwsNetworkFirewallFirewallDetails$,
  named397 as AwsNetworkFirewallFirewallPolicyDetails$,
  named398 as AwsNetworkFirewallFirewallSubnetMappingsDetails$,
  named399 as AwsNetworkFirewallRuleGroupDetails$,
  named400 as AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$,
  named401 as AwsOpenSearchServiceDomainClusterConfigDetails$,
  named402 as AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$,
  named403 as AwsOpenSearchServiceDomainDetails$,
  named404 as AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$,
  named405 as AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$,
  named406 as AwsOpenSearchServiceDomainLogPublishingOption$,
  named407 as AwsOpenSearchServiceDomainLogPublishingOptionsDetails$,
  named408 as AwsOpenSearchServiceDomainMasterUserOptionsDetails$,
  named409 as AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$,
  named410 as AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$,
  named411 as AwsOpenSearchServiceDomainVpcOptionsDetails$,
  named412 as AwsOrganizationScope$,
  named413 as AwsRdsDbClusterAssociatedRole$,
  named414 as AwsRdsDbClusterDetails$,
  named415 as AwsRdsDbClusterMember$,
  named416 as AwsRdsDbClusterOptionGroupMembership$,
  named417 as AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$,
  named418 as AwsRdsDbClusterSnapshotDetails$,
  named419 as AwsRdsDbDomainMembership$,
  named420 as AwsRdsDbInstanceAssociatedRole$,
  named421 as AwsRdsDbInstanceDetails$,
  named422 as AwsRdsDbInstanceEndpoint$,
  named423 as AwsRdsDbInstanceVpcSecurityGroup$,
  named424 as AwsRdsDbOptionGroupMembership$,
  named425 as AwsRdsDbParameterGroup$,
  named426 as AwsRdsDbPendingModifiedValues$,
  named427 as AwsRdsDbProcessorFeature$,
  named428 as AwsRdsDbSecurityGroupDetails$,
  named429 as AwsRdsDbSecurityGroupEc2SecurityGroup$,
  named430 as AwsRdsDbSecurityGroupIpRange$,
  named431 as AwsRdsDbSnapshotDetails$,
  named432 as AwsRdsDbStatusInfo$,
  named433 as AwsRdsDbSubnetGroup$,
  named434 as AwsRdsDbSubnetGroupSubnet$,
  named435 as AwsRdsDbSubnetGroupSubnetAvailabilityZone$,
  named436 as AwsRdsEventSubscriptionDetails$,
  named437 as AwsRdsPendingCloudWatchLogsExports$,
  named438 as AwsRedshiftClusterClusterNode$,
  named439 as AwsRedshiftClusterClusterParameterGroup$,
  named440 as AwsRedshiftClusterClusterParameterStatus$,
  named441 as AwsRedshiftClusterClusterSecurityGroup$,
  named442 as AwsRedshiftClusterClusterSnapshotCopyStatus$,
  named443 as AwsRedshiftClusterDeferredMaintenanceWindow$,
  named444 as AwsRedshiftClusterDetails$,
  named445 as AwsRedshiftClusterElasticIpStatus$,
  named446 as AwsRedshiftClusterEndpoint$,
  named447 as AwsRedshiftClusterHsmStatus$,
  named448 as AwsRedshiftClusterIamRole$,
  named449 as AwsRedshiftClusterLoggingStatus$,
  named450 as AwsRedshiftClusterPendingModifiedValues$,
  named451 as AwsRedshiftClusterResizeInfo$,
  named452 as AwsRedshiftClusterRestoreStatus$,
  named453 as AwsRedshiftClusterVpcSecurityGroup$,
  named454 as AwsRoute53HostedZoneConfigDetails$,
  named455 as AwsRoute53HostedZoneDetails$,
  named456 as AwsRoute53HostedZoneObjectDetails$,
  named457 as AwsRoute53HostedZoneVpcDetails$,
  named458 as AwsRoute53QueryLoggingConfigDetails$,
  named459 as AwsS3AccessPointDetails$,
  named460 as AwsS3AccessPointVpcConfigurationDetails$,
  named461 as AwsS3AccountPublicAccessBlockDetails$,
  named462 as AwsS3BucketBucketLifecycleConfigurationDetails$,
  named463 as AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$,
  named464 as AwsS3BucketBucketLifecycleConfigurationRulesDetails$,
  named465 as AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$,
  named466 as AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$,
  named467 as AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$,
  named468 as AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$,
  named469 as AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$,
  named470 as AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$,
  named471 as AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$,
  named472 as AwsS3BucketBucketVersioningConfiguration$,
  named473 as AwsS3BucketDetails$,
  named474 as AwsS3BucketLoggingConfiguration$,
  named475 as AwsS3BucketNotificationConfiguration$,
  named476 as AwsS3BucketNotificationConfigurationDetail$,
  named477 as AwsS3BucketNotificationConfigurationFilter$,
  named478 as AwsS3BucketNotificationConfigurationS3KeyFilter$,
  named479 as AwsS3BucketNotificationConfigurationS3KeyFilterRule$,
  named480 as AwsS3BucketNotificationConfigurationS3KeyFilterRuleName,
  named481 as AwsS3BucketObjectLockConfiguration$,
  named482 as AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$,
  named483 as AwsS3BucketObjectLockConfigurationRuleDetails$,
  named484 as AwsS3BucketServerSideEncryptionByDefault$,
  named485 as AwsS3BucketServerSideEncryptionConfiguration$,
  named486 as AwsS3BucketServerSideEncryptionRule$,
  named487 as AwsS3BucketWebsiteConfiguration$,
  named488 as AwsS3BucketWebsiteConfigurationRedirectTo$,
  named489 as AwsS3BucketWebsiteConfigurationRoutingRule$,
  named490 as AwsS3BucketWebsiteConfigurationRoutingRuleCondition$,
  named491 as AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$,
  named492 as AwsS3ObjectDetails$,
  named493 as AwsSageMakerNotebookInstanceDetails$,
  named494 as AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$,
  named495 as AwsSecretsManagerSecretDetails$,
  named496 as AwsSecretsManagerSecretRotationRules$,
  named497 as AwsSecurityFinding$,
  named498 as AwsSecurityFindingFilters$,
  named499 as AwsSecurityFindingIdentifier$,
  named500 as AwsSnsTopicDetails$,
  named501 as AwsSnsTopicSubscription$,
  named502 as AwsSqsQueueDetails$,
  named503 as AwsSsmComplianceSummary$,
  named504 as AwsSsmPatch$,
  named505 as AwsSsmPatchComplianceDetails$,
  named506 as AwsStepFunctionStateMachineDetails$,
  named507 as AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$,
  named508 as AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$,
  named509 as AwsStepFunctionStateMachineLoggingConfigurationDetails$,
  named510 as AwsStepFunctionStateMachineTracingConfigurationDetails$,
  named511 as AwsWafRateBasedRuleDetails$,
  named512 as AwsWafRateBasedRuleMatchPredicate$,
  named513 as AwsWafRegionalRateBasedRuleDetails$,
  named514 as AwsWafRegionalRateBasedRuleMatchPredicate$,
  named515 as AwsWafRegionalRuleDetails$,
  named516 as AwsWafRegionalRuleGroupDetails$,
  named517 as AwsWafRegionalRuleGroupRulesActionDetails$,
  named518 as AwsWafRegionalRuleGroupRulesDetails$,
  named519 as AwsWafRegionalRulePredicateListDetails$,
  named520 as AwsWafRegionalWebAclDetails$,
  named521 as AwsWafRegionalWebAclRulesListActionDetails$,
  named522 as AwsWafRegionalWebAclRulesListDetails$,
  named523 as AwsWafRegionalWebAclRulesListOverrideActionDetails$,
  named524 as AwsWafRuleDetails$,
  named525 as AwsWafRuleGroupDetails$,
  named526 as AwsWafRuleGroupRulesActionDetails$,
  named527 as AwsWafRuleGroupRulesDetails$,
  named528 as AwsWafRulePredicateListDetails$,
  named529 as AwsWafWebAclDetails$,
  named530 as AwsWafWebAclRule$,
  named531 as AwsWafv2ActionAllowDetails$,
  named532 as AwsWafv2ActionBlockDetails$,
  named533 as AwsWafv2CustomHttpHeader$,
  named534 as AwsWafv2CustomRequestHandlingDetails$,
  named535 as AwsWafv2CustomResponseDetails$,
  named536 as AwsWafv2RuleGroupDetails$,
  named537 as AwsWafv2RulesActionCaptchaDetails$,
  named538 as AwsWafv2RulesActionCountDetails$,
  named539 as AwsWafv2RulesActionDetails$,
  named540 as AwsWafv2RulesDetails$,
  named541 as AwsWafv2VisibilityConfigDetails$,
  named542 as AwsWafv2WebAclActionDetails$,
  named543 as AwsWafv2WebAclCaptchaConfigDetails$,
  named544 as AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$,
  named545 as AwsWafv2WebAclDetails$,
  named546 as AwsXrayEncryptionConfigDetails$,
  named547 as AzureDetail$,
  named548 as AzureProviderConfiguration$,
  named549 as AzureScopeConfiguration$,
  named550 as AzureUpdateConfiguration$,
  named551 as BatchDeleteAutomationRules$,
  named552 as BatchDeleteAutomationRulesCommand,
  named553 as BatchDeleteAutomationRulesRequest$,
  named554 as BatchDeleteAutomationRulesResponse$,
  named555 as BatchDisableStandards$,
  named556 as BatchDisableStandardsCommand,
  named557 as BatchDisableStandardsRequest$,
  named558 as BatchDisableStandardsResponse$,
  named559 as BatchEnableStandards$,
  named560 as BatchEnableStandardsCommand,
  named561 as BatchEnableStandardsRequest$,
  named562 as BatchEnableStandardsResponse$,
  named563 as BatchGetAutomationRules$,
  named564 as BatchGetAutomationRulesCommand,
  named565 as BatchGetAutomationRulesRequest$,
  named566 as BatchGetAutomationRulesResponse$,
  named567 as BatchGetConfigurationPolicyAssociations$,
  named568 as BatchGetConfigurationPolicyAssociationsCommand,
  named569 as BatchGetConfigurationPolicyAssociationsRequest$,
  named570 as BatchGetConfigurationPolicyAssociationsResponse$,
  named571 as BatchGetSecurityControls$,
  named572 as BatchGetSecurityControlsCommand,
  named573 as BatchGetSecurityControlsRequest$,
  named574 as BatchGetSecurityControlsResponse$,
  named575 as BatchGetStandardsControlAssociations$,
  named576 as BatchGetStandardsControlAssociationsCommand,
  named577 as BatchGetStandardsControlAssociationsRequest$,
  named578 as BatchGetStandardsControlAssociationsResponse$,
  named579 as BatchImportFindings$,
  named580 as BatchImportFindingsCommand,
  named581 as BatchImportFindingsRequest$,
  named582 as BatchImportFindingsResponse$,
  named583 as BatchUpdateAutomationRules$,
  named584 as BatchUpdateAutomationRulesCommand,
  named585 as BatchUpdateAutomationRulesRequest$,
  named586 as BatchUpdateAutomationRulesResponse$,
  named587 as BatchUpdateFindings$,
  named588 as BatchUpdateFindingsCommand,
  named589 as BatchUpdateFindingsRequest$,
  named590 as BatchUpdateFindingsResponse$,
  named591 as BatchUpdateFindingsUnprocessedFinding$,
  named592 as BatchUpdateFindingsV2$,
  named593 as BatchUpdateFindingsV2Command,
  named594 as BatchUpdateFindingsV2ProcessedFinding$,
  named595 as BatchUpdateFindingsV2Request$,
  named596 as BatchUpdateFindingsV2Response$,
  named597 as BatchUpdateFindingsV2UnprocessedFinding$,
  named598 as BatchUpdateFindingsV2UnprocessedFindingErrorCode,
  named599 as BatchUpdateStandardsControlAssociations$,
  named600 as BatchUpdateStandardsControlAssociationsCommand,
  named601 as BatchUpdateStandardsControlAssociationsRequest$,
  named602 as BatchUpdateStandardsControlAssociationsResponse$,
  named603 as BooleanConfigurationOptions$,
  named604 as BooleanFilter$,
  named605 as Cell$,
  named606 as CidrBlockAssociation$,
  named607 as City$,
  named608 as ClassificationResult$,
  named609 as ClassificationStatus$,
  named610 as CloudProviderName,
  named611 as CloudWatchLogsLogGroupArnConfigDetails$,
  named612 as CodeRepositoryDetails$,
  named613 as CodeVulnerabilitiesFilePath$,
  named614 as Compliance$,
  named615 as ComplianceStatus,
  named616 as CompositeFilter$,
  named617 as ConfigurationOptions$,
  named618 as ConfigurationPolicyAssociation$,
  named619 as ConfigurationPolicyAssociationStatus,
  named620 as ConfigurationPolicyAssociationSummary$,
  named621 as ConfigurationPolicySummary$,
  named622 as ConflictException,
  named623 as ConflictException$,
  named624 as ConnectionDirection,
  named625 as ConnectorAuthStatus,
  named626 as ConnectorProviderName,
  named627 as ConnectorStatus,
  named628 as ConnectorSummary$,
  named629 as ContainerDetails$,
  named630 as ControlFindingGenerator,
  named631 as ControlStatus,
  named632 as Country$,
  named633 as CreateActionTarget$,
  named634 as CreateActionTargetCommand,
  named635 as CreateActionTargetRequest$,
  named636 as CreateActionTargetResponse$,
  named637 as CreateAggregatorV2$,
  named638 as CreateAggregatorV2Command,
  named639 as CreateAggregatorV2Request$,
  named640 as CreateAggregatorV2Response$,
  named641 as CreateAutomationRule$,
  named642 as CreateAutomationRuleCommand,
  named643 as CreateAutomationRuleRequest$,
  named644 as CreateAutomationRuleResponse$,
  named645 as CreateAutomationRuleV2$,
  named646 as CreateAutomationRuleV2Command,
  named647 as CreateAutomationRuleV2Request$,
  named648 as CreateAutomationRuleV2Response$,
  named649 as CreateConfigurationPolicy$,
  named650 as CreateConfigurationPolicyCommand,
  named651 as CreateConfigurationPolicyRequest$,
  named652 as CreateConfigurationPolicyResponse$,
  named653 as CreateConnector$,
  named654 as CreateConnectorCommand,
  named655 as CreateConnectorRequest$,
  named656 as CreateConnectorResponse$,
  named657 as CreateConnectorV2$,
  named658 as CreateConnectorV2Command,
  named659 as CreateConnectorV2Request$,
  named660 as CreateConnectorV2Response$,
  named661 as CreateFindingAggregator$,
  named662 as CreateFindingAggregatorCommand,
  named663 as CreateFindingAggregatorRequest$,
  named664 as CreateFindingAggregatorResponse$,
  named665 as CreateInsight$,
  named666 as CreateInsightCommand,
  named667 as CreateInsightRequest$,
  named668 as CreateInsightResponse$,
  named669 as CreateMembers$,
  named670 as CreateMembersCommand,
  named671 as CreateMembersRequest$,
  named672 as CreateMembersResponse$,
  named673 as CreateTicketV2$,
  named674 as CreateTicketV2Command,
  named675 as CreateTicketV2Request$,
  named676 as CreateTicketV2Response$,
  named677 as Criteria$,
  named678 as CspmConnectorProviderName,
  named679 as CspmConnectorStatus,
  named680 as CspmConnectorSummary$,
  named681 as CspmEnablementStatus,
  named682 as CspmHealthCheck$,
  named683 as CspmProviderConfiguration$,
  named684 as CspmProviderDetail$,
  named685 as CspmProviderSummary$,
  named686 as CspmProviderUpdateConfiguration$,
  named687 as CustomDataIdentifiersDetections$,
  named688 as CustomDataIdentifiersResult$,
  named689 as Cvss$,
  named690 as DataClassificationDetails$,
  named691 as DateFilter$,
  named692 as DateRange$,
  named693 as DateRangeComparison,
  named694 as DateRangeUnit,
  named695 as DeclineInvitations$,
  named696 as DeclineInvitationsCommand,
  named697 as DeclineInvitationsRequest$,
  named698 as DeclineInvitationsResponse$,
  named699 as DeleteActionTarget$,
  named700 as DeleteActionTargetCommand,
  named701 as DeleteActionTargetRequest$,
  named702 as DeleteActionTargetResponse$,
  named703 as DeleteAggregatorV2$,
  named704 as DeleteAggregatorV2Command,
  named705 as DeleteAggregatorV2Request$,
  named706 as DeleteAggregatorV2Response$,
  named707 as DeleteAutomationRuleV2$,
  named708 as DeleteAutomationRuleV2Command,
  named709 as DeleteAutomationRuleV2Request$,
  named710 as DeleteAutomationRuleV2Response$,
  named711 as DeleteConfigurationPolicy$,
  named712 as DeleteConfigurationPolicyCommand,
  named713 as DeleteConfigurationPolicyRequest$,
  named714 as DeleteConfigurationPolicyResponse$,
  named715 as DeleteConnector$,
  named716 as DeleteConnectorCommand,
  named717 as DeleteConnectorRequest$,
  named718 as DeleteConnectorResponse$,
  named719 as DeleteConnectorV2$,
  named720 as DeleteConnectorV2Command,
  named721 as DeleteConnectorV2Request$,
  named722 as DeleteConnectorV2Response$,
  named723 as DeleteFindingAggregator$,
  named724 as DeleteFindingAggregatorCommand,
  named725 as DeleteFindingAggregatorRequest$,
  named726 as DeleteFindingAggregatorResponse$,
  named727 as DeleteInsight$,
  named728 as DeleteInsightCommand,
  named729 as DeleteInsightRequest$,
  named730 as DeleteInsightResponse$,
  named731 as DeleteInvitations$,
  named732 as DeleteInvitationsCommand,
  named733 as DeleteInvitationsRequest$,
  named734 as DeleteInvitationsResponse$,
  named735 as DeleteMembers$,
  named736 as DeleteMembersCommand,
  named737 as DeleteMembersRequest$,
  named738 as DeleteMembersResponse$,
  named739 as DescribeActionTargets$,
  named740 as DescribeActionTargetsCommand,
  named741 as DescribeActionTargetsRequest$,
  named742 as DescribeActionTargetsResponse$,
  named743 as DescribeHub$,
  named744 as DescribeHubCommand,
  named745 as DescribeHubRequest$,
  named746 as DescribeHubResponse$,
  named747 as DescribeOrganizationConfiguration$,
  named748 as DescribeOrganizationConfigurationCommand,
  named749 as DescribeOrganizationConfigurationRequest$,
  named750 as DescribeOrganizationConfigurationResponse$,
  named751 as DescribeProducts$,
  named752 as DescribeProductsCommand,
  named753 as DescribeProductsRequest$,
  named754 as DescribeProductsResponse$,
  named755 as DescribeProductsV2$,
  named756 as DescribeProductsV2Command,
  named757 as DescribeProductsV2Request$,
  named758 as DescribeProductsV2Response$,
  named759 as DescribeSecurityHubV2$,
  named760 as DescribeSecurityHubV2Command,
  named761 as DescribeSecurityHubV2Request$,
  named762 as DescribeSecurityHubV2Response$,
  named763 as DescribeStandards$,
  named764 as DescribeStandardsCommand,
  named765 as DescribeStandardsControls$,
  named766 as DescribeStandardsControlsCommand,
  named767 as DescribeStandardsControlsRequest$,
  named768 as DescribeStandardsControlsResponse$,
  named769 as DescribeStandardsRequest$,
  named770 as DescribeStandardsResponse$,
  named771 as Detection$,
  named772 as DisableImportFindingsForProduct$,
  named773 as DisableImportFindingsForProductCommand,
  named774 as DisableImportFindingsForProductRequest$,
  named775 as DisableImportFindingsForProductResponse$,
  named776 as DisableOrganizationAdminAccount$,
  named777 as DisableOrganizationAdminAccountCommand,
  named778 as DisableOrganizationAdminAccountRequest$,
  named779 as DisableOrganizationAdminAccountResponse$,
  named780 as DisableSecurityHub$,
  named781 as DisableSecurityHubCommand,
  named782 as DisableSecurityHubFeatureV2$,
  named783 as DisableSecurityHubFeatureV2Command,
  named784 as DisableSecurityHubFeatureV2Request$,
  named785 as DisableSecurityHubFeatureV2Response$,
  named786 as DisableSecurityHubRequest$,
  named787 as DisableSecurityHubResponse$,
  named788 as DisableSecurityHubV2$,
  named789 as DisableSecurityHubV2Command,
  named790 as DisableSecurityHubV2Request$,
  named791 as DisableSecurityHubV2Response$,
  named792 as DisassociateFromAdministratorAccount$,
  named793 as DisassociateFromAdministratorAccountCommand,
  named794 as DisassociateFromAdministratorAccountRequest$,
  named795 as DisassociateFromAdministratorAccountResponse$,
  named796 as DisassociateFromMasterAccount$,
  named797 as DisassociateFromMasterAccountCommand,
  named798 as DisassociateFromMasterAccountRequest$,
  named799 as DisassociateFromMasterAccountResponse$,
  named800 as DisassociateMembers$,
  named801 as DisassociateMembersCommand,
  named802 as DisassociateMembersRequest$,
  named803 as DisassociateMembersResponse$,
  named804 as DiscoveryType,
  named805 as DnsRequestAction$,
  named806 as DoubleConfigurationOptions$,
  named807 as EnableImportFindingsForProduct$,
  named808 as EnableImportFindingsForProductCommand,
  named809 as EnableImportFindingsForProductRequest$,
  named810 as EnableImportFindingsForProductResponse$,
  named811 as EnableOrganizationAdminAccount$,
  named812 as EnableOrganizationAdminAccountCommand,
  named813 as EnableOrganizationAdminAccountRequest$,
  named814 as EnableOrganizationAdminAccountResponse$,
  named815 as EnableSecurityHub$,
  named816 as EnableSecurityHubCommand,
  named817 as EnableSecurityHubFeatureV2$,
  named818 as EnableSecurityHubFeatureV2Command,
  named819 as EnableSecurityHubFeatureV2Request$,
  named820 as EnableSecurityHubFeatureV2Response$,
  named821 as EnableSecurityHubRequest$,
  named822 as EnableSecurityHubResponse$,
  named823 as EnableSecurityHubV2$,
  named824 as EnableSecurityHubV2Command,
  named825 as EnableSecurityHubV2Request$,
  named826 as EnableSecurityHubV2Response$,
  named827 as EnablementStatus,
  named828 as EnumConfigurationOptions$,
  named829 as EnumListConfigurationOptions$,
  named830 as ExternalIntegrationConfiguration$,
  named831 as FeatureDetail$,
  named832 as FeatureName,
  named833 as FeatureStatus,
  named834 as FilePaths$,
  named835 as FindingAggregator$,
  named836 as FindingHistoryRecord$,
  named837 as FindingHistoryUpdate$,
  named838 as FindingHistoryUpdateSource$,
  named839 as FindingHistoryUpdateSourceType,
  named840 as FindingProviderFields$,
  named841 as FindingProviderSeverity$,
  named842 as FindingScopes$,
  named843 as FindingsTrendsCompositeFilter$,
  named844 as FindingsTrendsFilters$,
  named845 as FindingsTrendsStringField,
  named846 as FindingsTrendsStringFilter$,
  named847 as FirewallPolicyDetails$,
  named848 as FirewallPolicyStatefulRuleGroupReferencesDetails$,
  named849 as FirewallPolicyStatelessCustomActionsDetails$,
  named850 as FirewallPolicyStatelessRuleGroupReferencesDetails$,
  named851 as FreeTrialStatus$,
  named852 as FreeTrialStatusValue,
  named853 as FreeTrialType,
  named854 as GenerateRecommendedPolicyV2$,
  named855 as GenerateRecommendedPolicyV2Command,
  named856 as GenerateRecommendedPolicyV2Request$,
  named857 as GenerateRecommendedPolicyV2Response$,
  named858 as GeneratorDetails$,
  named859 as GeoLocation$,
  named860 as GetAdministratorAccount$,
  named861 as GetAdministratorAccountCommand,
  named862 as GetAdministratorAccountRequest$,
  named863 as GetAdministratorAccountResponse$,
  named864 as GetAggregatorV2$,
  named865 as GetAggregatorV2Command,
  named866 as GetAggregatorV2Request$,
  named867 as GetAggregatorV2Response$,
  named868 as GetAutomationRuleV2$,
  named869 as GetAutomationRuleV2Command,
  named870 as GetAutomationRuleV2Request$,
  named871 as GetAutomationRuleV2Response$,
  named872 as GetConfigurationPolicy$,
  named873 as GetConfigurationPolicyAssociation$,
  named874 as GetConfigurationPolicyAssociationCommand,
  named875 as GetConfigurationPolicyAssociationRequest$,
  named876 as GetConfigurationPolicyAssociationResponse$,
  named877 as GetConfigurationPolicyCommand,
  named878 as GetConfigurationPolicyRequest$,
  named879 as GetConfigurationPolicyResponse$,
  named880 as GetConnector$,
  named881 as GetConnectorCommand,
  named882 as GetConnectorRequest$,
  named883 as GetConnectorResponse$,
  named884 as GetConnectorV2$,
  named885 as GetConnectorV2Command,
  named886 as GetConnectorV2Request$,
  named887 as GetConnectorV2Response$,
  named888 as GetEnabledStandards$,
  named889 as GetEnabledStandardsCommand,
  named890 as GetEnabledStandardsRequest$,
  named891 as GetEnabledStandardsResponse$,
  named892 as GetFindingAggregator$,
  named893 as GetFindingAggregatorCommand,
  named894 as GetFindingAggregatorRequest$,
  named895 as GetFindingAggregatorResponse$,
  named896 as GetFindingHistory$,
  named897 as GetFindingHistoryCommand,
  named898 as GetFindingHistoryRequest$,
  named899 as GetFindingHistoryResponse$,
  named900 as GetFindingStatisticsV2$,
  named901 as GetFindingStatisticsV2Command,
  named902 as GetFindingStatisticsV2Request$,
  named903 as GetFindingStatisticsV2Response$,
  named904 as GetFindings$,
  named905 as GetFindingsCommand,
  named906 as GetFindingsRequest$,
  named907 as GetFindingsResponse$,
  named908 as GetFindingsTrendsV2$,
  named909 as GetFindingsTrendsV2Command,
  named910 as GetFindingsTrendsV2Request$,
  named911 as GetFindingsTrendsV2Response$,
  named912 as GetFindingsV2$,
  named913 as GetFindingsV2Command,
  named914 as GetFindingsV2Request$,
  named915 as GetFindingsV2Response$,
  named916 as GetInsightResults$,
  named917 as GetInsightResultsCommand,
  named918 as GetInsightResultsRequest$,
  named919 as GetInsightResultsResponse$,
  named920 as GetInsights$,
  named921 as GetInsightsCommand,
  named922 as GetInsightsRequest$,
  named923 as GetInsightsResponse$,
  named924 as GetInvitationsCount$,
  named925 as GetInvitationsCountCommand,
  named926 as GetInvitationsCountRequest$,
  named927 as GetInvitationsCountResponse$,
  named928 as GetMasterAccount$,
  named929 as GetMasterAccountCommand,
  named930 as GetMasterAccountRequest$,
  named931 as GetMasterAccountResponse$,
  named932 as GetMembers$,
  named933 as GetMembersCommand,
  named934 as GetMembersRequest$,
  named935 as GetMembersResponse$,
  named936 as GetRecommendedPolicyV2$,
  named937 as GetRecommendedPolicyV2Command,
  named938 as GetRecommendedPolicyV2Request$,
  named939 as GetRecommendedPolicyV2Response$,
  named940 as GetResourcesStatisticsV2$,
  named941 as GetResourcesStatisticsV2Command,
  named942 as GetResourcesStatisticsV2Request$,
  named943 as GetResourcesStatisticsV2Response$,
  named944 as GetResourcesTrendsV2$,
  named945 as GetResourcesTrendsV2Command,
  named946 as GetResourcesTrendsV2Request$,
  named947 as GetResourcesTrendsV2Response$,
  named948 as GetResourcesV2$,
  named949 as GetResourcesV2Command,
  named950 as GetResourcesV2Request$,
  named951 as GetResourcesV2Response$,
  named952 as GetSecurityControlDefinition$,
  named953 as GetSecurityControlDefinitionCommand,
  named954 as GetSecurityControlDefinitionRequest$,
  named955 as GetSecurityControlDefinitionResponse$,
  named956 as GranularityField,
  named957 as GroupByField,
  named958 as GroupByResult$,
  named959 as GroupByRule$,
  named960 as GroupByValue$,
  named961 as HealthCheck$,
  named962 as HealthIssue$,
  named963 as HealthIssueCode,
  named964 as IcmpTypeCode$,
  named965 as ImportFindingsError$,
  named966 as Indicator$,
  named967 as Insight$,
  named968 as InsightResultValue$,
  named969 as InsightResults$,
  named970 as IntegerConfigurationOptions$,
  named971 as IntegerListConfigurationOptions$,
  named972 as IntegrationType,
  named973 as IntegrationV2Type,
  named974 as InternalException,
  named975 as InternalException$,
  named976 as InternalServerException,
  named977 as InternalServerException$,
  named978 as InvalidAccessException,
  named979 as InvalidAccessException$,
  named980 as InvalidInputException,
  named981 as InvalidInputException$,
  named982 as Invitation$,
  named983 as InviteMembers$,
  named984 as InviteMembersCommand,
  named985 as InviteMembersRequest$,
  named986 as InviteMembersResponse$,
  named987 as IpFilter$,
  named988 as IpOrganizationDetails$,
  named989 as Ipv6CidrBlockAssociation$,
  named990 as JiraCloudDetail$,
  named991 as JiraCloudProviderConfiguration$,
  named992 as JiraCloudUpdateConfiguration$,
  named993 as KeywordFilter$,
  named994 as LimitExceededException,
  named995 as LimitExceededException$,
  named996 as ListAggregatorsV2$,
  named997 as ListAggregatorsV2Command,
  named998 as ListAggregatorsV2Request$,
  named999 as ListAggregatorsV2Response$,
  named1000 as ListAutomationRules$,
  named1001 as ListAutomationRulesCommand,
  named1002 as ListAutomationRulesRequest$,
  named1003 as ListAutomationRulesResponse$,
  named1004 as ListAutomationRulesV2$,
  named1005 as ListAutomationRulesV2Command,
  named1006 as ListAutomationRulesV2Request$,
  named1007 as ListAutomationRulesV2Response$,
  named1008 as ListConfigurationPolicies$,
  named1009 as ListConfigurationPoliciesCommand,
  named1010 as ListConfigurationPoliciesRequest$,
  named1011 as ListConfigurationPoliciesResponse$,
  named1012 as ListConfigurationPolicyAssociations$,
  named1013 as ListConfigurationPolicyAssociationsCommand,
  named1014 as ListConfigurationPolicyAssociationsRequest$,
  named1015 as ListConfigurationPolicyAssociationsResponse$,
  named1016 as ListConnectors$,
  named1017 as ListConnectorsCommand,
  named1018 as ListConnectorsRequest$,
  named1019 as ListConnectorsResponse$,
  named1020 as ListConnectorsV2$,
  named1021 as ListConnectorsV2Command,
  named1022 as ListConnectorsV2Request$,
  named1023 as ListConnectorsV2Response$,
  named1024 as ListEnabledProductsForImport$,
  named1025 as ListEnabledProductsForImportCommand,
  named1026 as ListEnabledProductsForImportRequest$,
  named1027 as ListEnabledProductsForImportResponse$,
  named1028 as ListFindingAggregators$,
  named1029 as ListFindingAggregatorsCommand,
  named1030 as ListFindingAggregatorsRequest$,
  named1031 as ListFindingAggregatorsResponse$,
  named1032 as ListFreeTrialStatusesV2$,
  named1033 as ListFreeTrialStatusesV2Command,
  named1034 as ListFreeTrialStatusesV2Request$,
  named1035 as ListFreeTrialStatusesV2Response$,
  named1036 as ListInvitations$,
  named1037 as ListInvitationsCommand,
  named1038 as ListInvitationsRequest$,
  named1039 as ListInvitationsResponse$,
  named1040 as ListMembers$,
  named1041 as ListMembersCommand,
  named1042 as ListMembersRequest$,
  named1043 as ListMembersResponse$,
  named1044 as ListOrganizationAdminAccounts$,
  named1045 as ListOrganizationAdminAccountsCommand,
  named1046 as ListOrganizationAdminAccountsRequest$,
  named1047 as ListOrganizationAdminAccountsResponse$,
  named1048 as ListSecurityControlDefinitions$,
  named1049 as ListSecurityControlDefinitionsCommand,
  named1050 as ListSecurityControlDefinitionsRequest$,
  named1051 as ListSecurityControlDefinitionsResponse$,
  named1052 as ListStandardsControlAssociations$,
  named1053 as ListStandardsControlAssociationsCommand,
  named1054 as ListStandardsControlAssociationsRequest$,
  named1055 as ListStandardsControlAssociationsResponse$,
  named1056 as ListTagsForResource$,
  named1057 as ListTagsForResourceCommand,
  named1058 as ListTagsForResourceRequest$,
  named1059 as ListTagsForResourceResponse$,
  named1060 as LoadBalancerState$,
  named1061 as Malware$,
  named1062 as MalwareState,
  named1063 as MalwareType,
  named1064 as MapFilter$,
  named1065 as MapFilterComparison,
  named1066 as Member$,
  named1067 as Network$,
  named1068 as NetworkAutonomousSystem$,
  named1069 as NetworkConnection$,
  named1070 as NetworkConnectionAction$,
  named1071 as NetworkDirection,
  named1072 as NetworkEndpoint$,
  named1073 as NetworkGeoLocation$,
  named1074 as NetworkHeader$,
  named1075 as NetworkPathComponent$,
  named1076 as NetworkPathComponentDetails$,
  named1077 as Note$,
  named1078 as NoteUpdate$,
  named1079 as NumberFilter$,
  named1080 as Occurrences$,
  named1081 as OcsfBooleanField,
  named1082 as OcsfBooleanFilter$,
  named1083 as OcsfDateField,
  named1084 as OcsfDateFilter$,
  named1085 as OcsfFindingFilters$,
  named1086 as OcsfFindingIdentifier$,
  named1087 as OcsfIpField,
  named1088 as OcsfIpFilter$,
  named1089 as OcsfMapField,
  named1090 as OcsfMapFilter$,
  named1091 as OcsfNumberField,
  named1092 as OcsfNumberFilter$,
  named1093 as OcsfStringField,
  named1094 as OcsfStringFilter$,
  named1095 as OrganizationConfiguration$,
  named1096 as OrganizationConfigurationConfigurationType,
  named1097 as OrganizationConfigurationStatus,
  named1098 as OrganizationNotFoundException,
  named1099 as OrganizationNotFoundException$,
  named1100 as OrganizationalUnitNotFoundException,
  named1101 as OrganizationalUnitNotFoundException$,
  named1102 as Page$,
  named1103 as ParameterConfiguration$,
  named1104 as ParameterDefinition$,
  named1105 as ParameterValue$,
  named1106 as ParameterValueType,
  named1107 as Partition,
  named1108 as PatchSummary$,
  named1109 as Policy$,
  named1110 as PortProbeAction$,
  named1111 as PortProbeDetail$,
  named1112 as PortRange$,
  named1113 as PortRangeFromTo$,
  named1114 as ProcessDetails$,
  named1115 as Product$,
  named1116 as ProductV2$,
  named1117 as PropagatingVgwSetDetails$,
  named1118 as ProviderConfiguration$,
  named1119 as ProviderDetail$,
  named1120 as ProviderSummary$,
  named1121 as ProviderUpdateConfiguration$,
  named1122 as Range$,
  named1123 as Recommendation$,
  named1124 as RecommendationError$,
  named1125 as RecommendationStatus,
  named1126 as RecommendationStep$,
  named1127 as RecommendationType,
  named1128 as RecordState,
  named1129 as RegionAvailabilityStatus,
  named1130 as RegisterConnectorV2$,
  named1131 as RegisterConnectorV2Command,
  named1132 as RegisterConnectorV2Request$,
  named1133 as RegisterConnectorV2Response$,
  named1134 as RelatedFinding$,
  named1135 as Remediation$,
  named1136 as Resource$,
  named1137 as ResourceCategory,
  named1138 as ResourceConflictException,
  named1139 as ResourceConflictException$,
  named1140 as ResourceDetails$,
  named1141 as ResourceFindingsSummary$,
  named1142 as ResourceGroupByField,
  named1143 as ResourceGroupByRule$,
  named1144 as ResourceInUseException,
  named1145 as ResourceInUseException$,
  named1146 as ResourceInfo$,
  named1147 as ResourceNotFoundException,
  named1148 as ResourceNotFoundException$,
  named1149 as ResourceOwner$,
  named1150 as ResourceOwnerAccount$,
  named1151 as ResourceOwnerOrg$,
  named1152 as ResourceResult$,
  named1153 as ResourceScopes$,
  named1154 as ResourceSeverityBreakdown$,
  named1155 as ResourceSubCategory,
  named1156 as ResourceTag$,
  named1157 as ResourcesCompositeFilter$,
  named1158 as ResourcesCount$,
  named1159 as ResourcesDateField,
  named1160 as ResourcesDateFilter$,
  named1161 as ResourcesFilters$,
  named1162 as ResourcesMapField,
  named1163 as ResourcesMapFilter$,
  named1164 as ResourcesNumberField,
  named1165 as ResourcesNumberFilter$,
  named1166 as ResourcesStringField,
  named1167 as ResourcesStringFilter$,
  named1168 as ResourcesTrendsCompositeFilter$,
  named1169 as ResourcesTrendsFilters$,
  named1170 as ResourcesTrendsMetricsResult$,
  named1171 as ResourcesTrendsStringField,
  named1172 as ResourcesTrendsStringFilter$,
  named1173 as ResourcesTrendsValues$,
  named1174 as Result$,
  named1175 as RouteSetDetails$,
  named1176 as RuleGroupDetails$,
  named1177 as RuleGroupSource$,
  named1178 as RuleGroupSourceCustomActionsDetails$,
  named1179 as RuleGroupSourceListDetails$,
  named1180 as RuleGroupSourceStatefulRulesDetails$,
  named1181 as RuleGroupSourceStatefulRulesHeaderDetails$,
  named1182 as RuleGroupSourceStatefulRulesOptionsDetails$,
  named1183 as RuleGroupSourceStatelessRuleDefinition$,
  named1184 as RuleGroupSourceStatelessRuleMatchAttributes$,
  named1185 as RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$,
  named1186 as RuleGroupSourceStatelessRuleMatchAttributesDestinations$,
  named1187 as RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$,
  named1188 as RuleGroupSourceStatelessRuleMatchAttributesSources$,
  named1189 as RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$,
  named1190 as RuleGroupSourceStatelessRulesAndCustomActionsDetails$,
  named1191 as RuleGroupSourceStatelessRulesDetails$,
  named1192 as RuleGroupVariables$,
  named1193 as RuleGroupVariablesIpSetsDetails$,
  named1194 as RuleGroupVariablesPortSetsDetails$,
  named1195 as RuleStatus,
  named1196 as RuleStatusV2,
  named1197 as ScopeType,
  named1198 as SecurityControl$,
  named1199 as SecurityControlCustomParameter$,
  named1200 as SecurityControlDefinition$,
  named1201 as SecurityControlParameter$,
  named1202 as SecurityControlProperty,
  named1203 as SecurityControlsConfiguration$,
  named1204 as SecurityControlsProvider,
  named1205 as SecurityHub,
  named1206 as SecurityHubClient,
  named1207 as SecurityHubFeature,
  named1208 as SecurityHubPolicy$,
  named1209 as SecurityHubServiceException,
  named1210 as SecurityHubServiceException$,
  named1211 as SensitiveDataDetections$,
  named1212 as SensitiveDataResult$,
  named1213 as Sequence$,
  named1214 as ServiceNowDetail$,
  named1215 as ServiceNowProviderConfiguration$,
  named1216 as ServiceNowUpdateConfiguration$,
  named1217 as ServiceQuotaExceededException,
  named1218 as ServiceQuotaExceededException$,
  named1219 as Severity$,
  named1220 as SeverityLabel,
  named1221 as SeverityRating,
  named1222 as SeverityTrendsCount$,
  named1223 as SeverityUpdate$,
  named1224 as Signal$,
  named1225 as SoftwarePackage$,
  named1226 as SortCriterion$,
  named1227 as SortOrder,
  named1228 as Standard$,
  named1229 as StandardsControl$,
  named1230 as StandardsControlAssociationDetail$,
  named1231 as StandardsControlAssociationId$,
  named1232 as StandardsControlAssociationSummary$,
  named1233 as StandardsControlAssociationUpdate$,
  named1234 as StandardsControlsUpdatable,
  named1235 as StandardsManagedBy$,
  named1236 as StandardsProvider,
  named1237 as StandardsStatus,
  named1238 as StandardsStatusReason$,
  named1239 as StandardsSubscription$,
  named1240 as StandardsSubscriptionRequest$,
  named1241 as StartConfigurationPolicyAssociation$,
  named1242 as StartConfigurationPolicyAssociationCommand,
  named1243 as StartConfigurationPolicyAssociationRequest$,
  named1244 as StartConfigurationPolicyAssociationResponse$,
  named1245 as StartConfigurationPolicyDisassociation$,
  named1246 as StartConfigurationPolicyDisassociationCommand,
  named1247 as StartConfigurationPolicyDisassociationRequest$,
  named1248 as StartConfigurationPolicyDisassociationResponse$,
  named1249 as StatelessCustomActionDefinition$,
  named1250 as StatelessCustomPublishMetricAction$,
  named1251 as StatelessCustomPublishMetricActionDimension$,
  named1252 as StatusReason$,
  named1253 as StatusReasonCode,
  named1254 as StringConfigurationOptions$,
  named1255 as StringFilter$,
  named1256 as StringFilterComparison,
  named1257 as StringListConfigurationOptions$,
  named1258 as TagResource$,
  named1259 as TagResourceCommand,
  named1260 as TagResourceRequest$,
  named1261 as TagResourceResponse$,
  named1262 as Target$,
  named1263 as TargetType,
  named1264 as Threat$,
  named1265 as ThreatIntelIndicator$,
  named1266 as ThreatIntelIndicatorCategory,
  named1267 as ThreatIntelIndicatorType,
  named1268 as ThrottlingException,
  named1269 as ThrottlingException$,
  named1270 as TicketCreationMode,
  named1271 as TrendsMetricsResult$,
  named1272 as TrendsValues$,
  named1273 as UnprocessedAutomationRule$,
  named1274 as UnprocessedConfigurationPolicyAssociation$,
  named1275 as UnprocessedErrorCode,
  named1276 as UnprocessedSecurityControl$,
  named1277 as UnprocessedStandardsControlAssociation$,
  named1278 as UnprocessedStandardsControlAssociationUpdate$,
  named1279 as UntagResource$,
  named1280 as UntagResourceCommand,
  named1281 as UntagResourceRequest$,
  named1282 as UntagResourceResponse$,
  named1283 as UnusedPermissionsRecommendationStep$,
  named1284 as UpdateActionTarget$,
  named1285 as UpdateActionTargetCommand,
  named1286 as UpdateActionTargetRequest$,
  named1287 as UpdateActionTargetResponse$,
  named1288 as UpdateAggregatorV2$,
  named1289 as UpdateAggregatorV2Command,
  named1290 as UpdateAggregatorV2Request$,
  named1291 as UpdateAggregatorV2Response$,
  named1292 as UpdateAutomationRuleV2$,
  named1293 as UpdateAutomationRuleV2Command,
  named1294 as UpdateAutomationRuleV2Request$,
  named1295 as UpdateAutomationRuleV2Response$,
  named1296 as UpdateAutomationRulesRequestItem$,
  named1297 as UpdateConfigurationPolicy$,
  named1298 as UpdateConfigurationPolicyCommand,
  named1299 as UpdateConfigurationPolicyRequest$,
  named1300 as UpdateConfigurationPolicyResponse$,
  named1301 as UpdateConnector$,
  named1302 as UpdateConnectorCommand,
  named1303 as UpdateConnectorRequest$,
  named1304 as UpdateConnectorResponse$,
  named1305 as UpdateConnectorV2$,
  named1306 as UpdateConnectorV2Command,
  named1307 as UpdateConnectorV2Request$,
  named1308 as UpdateConnectorV2Response$,
  named1309 as UpdateFindingAggregator$,
  named1310 as UpdateFindingAggregatorCommand,
  named1311 as UpdateFindingAggregatorRequest$,
  named1312 as UpdateFindingAggregatorResponse$,
  named1313 as UpdateFindings$,
  named1314 as UpdateFindingsCommand,
  named1315 as UpdateFindingsRequest$,
  named1316 as UpdateFindingsResponse$,
  named1317 as UpdateInsight$,
  named1318 as UpdateInsightCommand,
  named1319 as UpdateInsightRequest$,
  named1320 as UpdateInsightResponse$,
  named1321 as UpdateOrganizationConfiguration$,
  named1322 as UpdateOrganizationConfigurationCommand,
  named1323 as UpdateOrganizationConfigurationRequest$,
  named1324 as UpdateOrganizationConfigurationResponse$,
  named1325 as UpdateSecurityControl$,
  named1326 as UpdateSecurityControlCommand,
  named1327 as UpdateSecurityControlRequest$,
  named1328 as UpdateSecurityControlResponse$,
  named1329 as UpdateSecurityHubConfiguration$,
  named1330 as UpdateSecurityHubConfigurationCommand,
  named1331 as UpdateSecurityHubConfigurationRequest$,
  named1332 as UpdateSecurityHubConfigurationResponse$,
  named1333 as UpdateStandardsControl$,
  named1334 as UpdateStandardsControlCommand,
  named1335 as UpdateStandardsControlRequest$,
  named1336 as UpdateStandardsControlResponse$,
  named1337 as UpdateStatus,
  named1338 as UserAccount$,
  named1339 as ValidationException,
  named1340 as ValidationException$,
  named1341 as VerificationState,
  named1342 as VolumeMount$,
  named1343 as VpcInfoCidrBlockSetDetails$,
  named1344 as VpcInfoIpv6CidrBlockSetDetails$,
  named1345 as VpcInfoPeeringOptionsDetails$,
  named1346 as Vulnerability$,
  named1347 as VulnerabilityCodeVulnerabilities$,
  named1348 as VulnerabilityExploitAvailable,
  named1349 as VulnerabilityFixAvailable,
  named1350 as VulnerabilityVendor$,
  named1351 as WafAction$,
  named1352 as WafExcludedRule$,
  named1353 as WafOverrideAction$,
  named1354 as Workflow$,
  named1355 as WorkflowState,
  named1356 as WorkflowStatus,
  named1357 as WorkflowUpdate$,
  named1358 as _Record$,
  named1359 as __Client,
  dist_cjs_default as default,
  named1360 as errorTypeRegistries,
  named1361 as paginateDescribeActionTargets,
  named1362 as paginateDescribeProducts,
  named1363 as paginateDescribeProductsV2,
  named1364 as paginateDescribeStandards,
  named1365 as paginateDescribeStandardsControls,
  named1366 as paginateGetEnabledStandards,
  named1367 as paginateGetFindingHistory,
  named1368 as paginateGetFindings,
  named1369 as paginateGetFindingsTrendsV2,
  named1370 as paginateGetFindingsV2,
  named1371 as paginateGetInsights,
  named1372 as paginateGetRecommendedPolicyV2,
  named1373 as paginateGetResourcesTrendsV2,
  named1374 as paginateGetResourcesV2,
  named1375 as paginateListAggregatorsV2,
  named1376 as paginateListConfigurationPolicies,
  named1377 as paginateListConfigurationPolicyAssociations,
  named1378 as paginateListEnabledProductsForImport,
  named1379 as paginateListFindingAggregators,
  named1380 as paginateListFreeTrialStatusesV2,
  named1381 as paginateListInvitations,
  named1382 as paginateListMembers,
  named1383 as paginateListOrganizationAdminAccounts,
  named1384 as paginateListSecurityControlDefinitions,
  named1385 as paginateListStandardsControlAssociations
};
