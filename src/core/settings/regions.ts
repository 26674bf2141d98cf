/**
 * Azure region names, for validating `target-regions` before any call. The lists follow
 * `az account list-locations` for each cloud (physical regions; logical-only names omitted).
 */
export const AZURE_REGIONS: Record<string, readonly string[]> = {
  AzureCloud: [
    'eastus', 'eastus2', 'southcentralus', 'westus2', 'westus3', 'australiaeast', 'southeastasia', 'northeurope',
    'swedencentral', 'uksouth', 'westeurope', 'centralus', 'southafricanorth', 'centralindia', 'eastasia',
    'japaneast', 'koreacentral', 'canadacentral', 'francecentral', 'germanywestcentral', 'italynorth',
    'norwayeast', 'polandcentral', 'spaincentral', 'switzerlandnorth', 'mexicocentral', 'uaenorth',
    'brazilsouth', 'israelcentral', 'qatarcentral', 'centralusstage', 'eastusstage', 'eastus2stage',
    'northcentralus', 'westus', 'japanwest', 'jioindiawest', 'newzealandnorth', 'indonesiacentral',
    'malaysiawest', 'chilecentral', 'austriaeast', 'belgiumcentral', 'denmarkeast', 'westcentralus',
    'southafricawest', 'australiacentral', 'australiacentral2', 'australiasoutheast', 'koreasouth',
    'southindia', 'westindia', 'canadaeast', 'francesouth', 'germanynorth', 'norwaywest', 'switzerlandwest',
    'ukwest', 'uaecentral', 'brazilsoutheast', 'jioindiacentral', 'swedensouth',
  ],
  AzureUSGovernment: ['usgovvirginia', 'usgovarizona', 'usgovtexas', 'usdodcentral', 'usdodeast'],
  AzureChinaCloud: ['chinaeast', 'chinanorth', 'chinaeast2', 'chinanorth2', 'chinaeast3', 'chinanorth3'],
};

/** Custom clouds (Azure Stack, the local emulator) use public region names too. */
export const regionsOf = (cloud: string): readonly string[] => AZURE_REGIONS[cloud] ?? AZURE_REGIONS.AzureCloud!;
