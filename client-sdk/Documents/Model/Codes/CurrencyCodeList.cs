using System.Collections.Frozen;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Active ISO 4217 alphabetic currency codes (list one, 2026): includes fund and precious-metal codes,
/// XCG (Caribbean guilder) and ZWG (Zimbabwe gold); excludes withdrawn codes (HRK, ANG, ZWL) and the
/// testing and "no currency" codes XTS and XXX, which cannot price an invoice.
/// </summary>
internal static class CurrencyCodeList
{
    private const string Codes =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN "
        + "BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR "
        + "FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES "
        + "KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR "
        + "MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF "
        + "SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD "
        + "TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR "
        + "XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ";

    /// <summary>The codes as a set, frozen at first use.</summary>
    public static readonly FrozenSet<string> All =
        Codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The set looked up by characters, giving its own string of a code.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ByText = All.GetAlternateLookup<ReadOnlySpan<char>>();
}
