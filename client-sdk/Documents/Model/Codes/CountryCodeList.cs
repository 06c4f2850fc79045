using System.Collections.Frozen;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The officially assigned ISO 3166-1 alpha-2 codes (249 codes, as published in 2026). Reserved and
/// user-assigned codes (EU, XK, ZZ, ...) are not country codes and are refused.
/// </summary>
internal static class CountryCodeList
{
    private const string Codes =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
        + "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
        + "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
        + "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
        + "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
        + "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
        + "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
        + "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW ";

    /// <summary>The codes as a set, frozen at first use.</summary>
    public static readonly FrozenSet<string> All =
        Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The set looked up by characters, giving its own string of a code.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ByText = All.GetAlternateLookup<ReadOnlySpan<char>>();
}
