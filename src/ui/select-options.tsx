// The options of the selects that appear on several pages (the share page, the check's expected
// values, the claims step), written once so every page offers the same choices in the same words.
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../setup/regions';
import { sourceAttributeName, USER_SOURCE_ATTRIBUTES } from '../setup/claims';

/** One option per Trend Micro region: "United States (euc.tmes.trendmicro.com)". */
export function RegionOptions() {
  const { t } = useTranslation();
  return (
    <>
      {REGIONS.map((region) => (
        <option key={region.code} value={region.code}>
          {t('region.regionOption', { region: t(`region.regions.${region.code}`), domain: region.domain })}
        </option>
      ))}
    </>
  );
}

/** One option per user attribute a claim can come from, named as Entra names it (never translated). */
export function SourceAttributeOptions() {
  return (
    <>
      {USER_SOURCE_ATTRIBUTES.map((attribute) => (
        <option key={attribute} value={attribute} translate="no">
          {sourceAttributeName(attribute)}
        </option>
      ))}
    </>
  );
}
