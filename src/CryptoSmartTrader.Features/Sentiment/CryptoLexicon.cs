namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// The crypto-aware word list: general finance/news valences plus domain terms (hack, exploit, rug pull, delisting, ETF
/// approval, listing, halving, all-time high…). Phrases (up to three words) win over single words. Values roughly −3..+3.
/// Written by hand from domain knowledge and adjusted only on the tuning half of CryptoLin (see docs/features.md).
/// </summary>
internal static class CryptoLexicon
{
    public static readonly Dictionary<string, double> Phrases = new(StringComparer.Ordinal)
    {
        ["rug pull"] = -3, ["rug pulls"] = -3, ["rug pulled"] = -3, ["exit scam"] = -3, ["ponzi scheme"] = -3,
        ["etf approval"] = 2.5, ["approves etf"] = 2.5, ["etf approved"] = 2.5, ["bitcoin etf"] = 0.8,
        ["all-time high"] = 2, ["all time high"] = 2, ["new high"] = 2, ["record high"] = 1.5, ["new record"] = 1.5,
        ["all-time low"] = -2, ["new low"] = -2, ["record low"] = -2,
        ["shut down"] = -2, ["shuts down"] = -2, ["shutting down"] = -2, ["cracks down"] = -2, ["crack down"] = -2, ["crackdown"] = -2,
        ["steps down"] = -0.3, ["stepping down"] = -0.3, ["sell-off"] = -2, ["sell off"] = -2, ["flash crash"] = -2.5,
        ["class action"] = -2, ["safe haven"] = 1.5, ["store of value"] = 1, ["green light"] = 2, ["green-light"] = 2,
        ["series a"] = 1.5, ["series b"] = 1.5, ["series c"] = 1.5, ["series d"] = 1.5, ["seed round"] = 1.5, ["funding round"] = 1.5,
        ["token burn"] = 1, ["bull run"] = 2, ["bear market"] = -2, ["bull market"] = 2, ["data breach"] = -2.5,
        ["breaks above"] = 2, ["breaks below"] = -2, ["falls below"] = -2, ["drops below"] = -2, ["dips below"] = -2,
        ["first time"] = 0.8, ["legal tender"] = 1, ["not a security"] = 1, ["wash trading"] = -2, ["money laundering"] = -2.5,
        ["double spend"] = -2.5, ["51% attack"] = -3, ["under investigation"] = -2, ["to acquire"] = 1, ["partners with"] = 1.5,
        ["goes live"] = 1.5, ["gone live"] = 1.5, ["no longer"] = -1.5, ["stay away"] = -2, ["signed into law"] = 1.5, ["plans to buy"] = 1.5,
        ["buy more"] = 1.5, ["highest ever"] = 1.5, ["all-time highs"] = 2, ["record highs"] = 1.5, ["brace for"] = -1.5, ["hash rate"] = 0,
    };

    public static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        // domain: security incidents and exchange events
        ["hack"] = -3, ["hacked"] = -3, ["hacker"] = -2, ["hackers"] = -2, ["exploit"] = -3, ["exploited"] = -3, ["exploits"] = -3,
        ["stolen"] = -3, ["theft"] = -3, ["steal"] = -2.5, ["stealing"] = -2.5, ["drained"] = -3, ["breach"] = -2.5, ["attack"] = -2,
        ["scam"] = -3, ["scams"] = -3, ["fraud"] = -3, ["fraudulent"] = -3, ["ponzi"] = -3, ["rugpull"] = -3, ["phishing"] = -2.5,
        ["delist"] = -2.5, ["delists"] = -2.5, ["delisted"] = -2.5, ["delisting"] = -2.5,
        ["listing"] = 1.5, ["lists"] = 1.5, ["listed"] = 1, ["list"] = 0.5, ["halving"] = 1, ["staking"] = 0.8, ["airdrop"] = 1,
        ["mainnet"] = 1, ["upgrade"] = 1, ["integrates"] = 1.5, ["integration"] = 1.5, ["adoption"] = 1.5, ["etf"] = 1,
        ["bug"] = -1.5, ["outage"] = -2, ["vulnerability"] = -2, ["insolvent"] = -3, ["insolvency"] = -3, ["bankrupt"] = -3,
        ["bankruptcy"] = -3, ["liquidated"] = -2, ["liquidations"] = -1.5, ["slashed"] = -2, ["halt"] = -2, ["halts"] = -2,
        ["suspend"] = -2, ["suspends"] = -2, ["suspended"] = -2, ["freeze"] = -2, ["frozen"] = -2, ["freezes"] = -2,
        // regulation and legal
        ["ban"] = -2.5, ["bans"] = -2.5, ["banned"] = -2.5, ["banning"] = -2.5, ["lawsuit"] = -2, ["lawsuits"] = -2, ["sues"] = -2,
        ["sued"] = -2, ["charges"] = -1.5, ["charged"] = -2, ["arrested"] = -2.5, ["arrest"] = -2.5, ["indicted"] = -2.5,
        ["fine"] = -1.5, ["fined"] = -2, ["penalty"] = -2, ["investigation"] = -1.5, ["probe"] = -1.5, ["subpoena"] = -1.5,
        ["crackdown"] = -2, ["illegal"] = -2, ["criminal"] = -2, ["seized"] = -1, ["surrenders"] = -2, ["guilty"] = -2.5,
        ["warns"] = -1.5, ["warning"] = -1.5, ["restrict"] = -1.5, ["restricts"] = -1.5, ["restrictions"] = -1.5, ["tax"] = -0.5,
        ["approves"] = 2, ["approval"] = 2, ["approved"] = 2, ["approve"] = 1.5, ["grants"] = 1.5, ["license"] = 1.5, ["charter"] = 1,
        ["legal"] = 0.5, ["clarity"] = 0.5, ["wins"] = 2, ["win"] = 1.5, ["victory"] = 2, ["dismissed"] = 1,
        // market moves
        ["surge"] = 2, ["surges"] = 2, ["surged"] = 2, ["soar"] = 2, ["soars"] = 2, ["rally"] = 2, ["rallies"] = 2, ["jumps"] = 2,
        ["gains"] = 1.5, ["gain"] = 1.5, ["rises"] = 1.5, ["rise"] = 1, ["climbs"] = 1.5, ["tops"] = 1.5, ["hits"] = 0.8,
        ["breaks"] = 0.8, ["surpasses"] = 1.5, ["surpassed"] = 1.5, ["exceeds"] = 1.5, ["record"] = 1.2, ["bullish"] = 2,
        ["crash"] = -2.5, ["crashes"] = -2.5, ["plunge"] = -2.5, ["plunges"] = -2.5, ["tumbles"] = -2.5, ["slumps"] = -2,
        ["falls"] = -1.5, ["fall"] = -1.5, ["drops"] = -1.5, ["drop"] = -1.5, ["dips"] = -1.5, ["dip"] = -1, ["declines"] = -1.5,
        ["decline"] = -1.5, ["loses"] = -1.5, ["loss"] = -1.5, ["losses"] = -1.5, ["bearish"] = -2, ["slump"] = -2,
        ["volatility"] = -0.5, ["fear"] = -1.5, ["panic"] = -2, ["risk"] = -1, ["risky"] = -1.5, ["bubble"] = -1.5,
        ["discount"] = -0.8, ["uninvestable"] = -2.5, ["struggle"] = -1.5, ["struggles"] = -1.5, ["delays"] = -1.5, ["delay"] = -1.5,
        ["delayed"] = -1.5, ["backlash"] = -2, ["criticism"] = -1.5, ["dissolve"] = -1.5, ["collapse"] = -3, ["collapses"] = -3,
        // business news
        ["raises"] = 1.5, ["raised"] = 1.5, ["funding"] = 1.5, ["invests"] = 1.5, ["investing"] = 1, ["investment"] = 0.8,
        ["launches"] = 1.2, ["launch"] = 1, ["launched"] = 1, ["launching"] = 1, ["partnership"] = 1.5, ["partners"] = 1.2,
        ["acquires"] = 1, ["acquisition"] = 1, ["buys"] = 1.2, ["bought"] = 1.2, ["purchases"] = 1.2, ["adds"] = 1, ["accepts"] = 1.5,
        ["accept"] = 1.2, ["expands"] = 1.5, ["expansion"] = 1.5, ["growth"] = 1.5, ["boost"] = 1.5, ["boosts"] = 1.5,
        ["support"] = 0.8, ["supports"] = 1, ["backs"] = 1.2, ["backed"] = 1, ["unicorn"] = 1.5, ["profit"] = 1.5, ["profits"] = 1.5,
        ["revenue"] = 0.8, ["success"] = 2, ["successful"] = 2, ["secure"] = 1, ["secures"] = 1.5, ["safe"] = 1, ["innovation"] = 1,
        ["opportunity"] = 1, ["opportunities"] = 1, ["best"] = 1, ["better"] = 1, ["improve"] = 1, ["improves"] = 1, ["help"] = 0.8,
        ["confidence"] = 1, ["milestone"] = 1.5, ["recovers"] = 1.5, ["recovery"] = 1.5, ["rebound"] = 1.5, ["rebounds"] = 1.5,
        ["layoffs"] = -2, ["cuts"] = -1, ["resigns"] = -1, ["quits"] = -1, ["fails"] = -2, ["failed"] = -2, ["failure"] = -2,
        ["concerns"] = -1.5, ["concern"] = -1.5, ["problem"] = -1.5, ["problems"] = -1.5, ["issue"] = -0.5, ["threat"] = -2,
        ["dead"] = -2, ["worst"] = -2, ["bad"] = -1.5, ["down"] = -0.8, ["ended"] = -0.5, ["ends"] = -0.5, ["closing"] = -1,
        // added after reading errors on the tuning half (older 50%) only
        ["ipo"] = 1, ["valuation"] = 1, ["fund"] = 0.5, ["fundraise"] = 1.5, ["raise"] = 1.2, ["closes"] = 0.5, ["live"] = 1, ["allows"] = 1,
        ["enables"] = 1, ["enabled"] = 1, ["explores"] = 0.8, ["exploring"] = 0.8, ["offering"] = 0.8, ["offer"] = 0.8, ["custody"] = 0.8,
        ["hires"] = 1, ["donates"] = 1, ["donation"] = 1, ["donations"] = 1, ["gift"] = 1, ["rakes"] = 1.5, ["booming"] = 2, ["growing"] = 1.5,
        ["grows"] = 1.5, ["demand"] = 1, ["institutional"] = 0.8, ["buy"] = 1, ["buying"] = 1, ["pilots"] = 1, ["pilot"] = 1, ["tests"] = 0.8,
        ["recovering"] = 1.5, ["highest"] = 1.2, ["oversubscribed"] = 2, ["joins"] = 1, ["opens"] = 1, ["integrate"] = 1.5, ["greenlights"] = 2,
        ["foster"] = 1.5, ["nurturing"] = 1.5, ["touts"] = 1.5, ["acceptance"] = 1.5, ["interest"] = 0.5, ["commits"] = 1, ["building"] = 0.8,
        ["nft"] = 0.5, ["nfts"] = 0.5, ["allocates"] = 1, ["trillion"] = 0.5, ["diversifier"] = 1.5, ["safest"] = 1.5, ["center"] = 0.5,
        ["block"] = -1.5, ["blocks"] = -1.5, ["stop"] = -1.5, ["censoring"] = -2, ["strict"] = -1.5, ["tighter"] = -1.5, ["violated"] = -2,
        ["alleges"] = -1.5, ["alleged"] = -1, ["seize"] = -1.5, ["crushing"] = -2, ["shutdown"] = -2, ["speculative"] = -1.5, ["sinks"] = -2,
        ["plunged"] = -2.5, ["fallen"] = -1.5, ["levy"] = -1.5, ["uncertainty"] = -1.5, ["disable"] = -2, ["purge"] = -2, ["unregistered"] = -1.5,
        ["dissolving"] = -1.5, ["limit"] = -1, ["lower"] = -0.8, ["disclose"] = -0.5, ["snitch"] = -1.5, ["negative"] = -1.5, ["ransomware"] = -1.5,
    };

    public static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "cannot", "cant", "can't", "wont", "won't", "dont", "don't", "doesnt", "doesn't",
        "isnt", "isn't", "arent", "aren't", "wasnt", "wasn't", "didnt", "didn't", "nor", "unable", "denies", "deny", "rejects",
        "rejected", "reject", "hardly",
    };

    public static readonly Dictionary<string, double> Intensifiers = new(StringComparer.Ordinal)
    {
        ["very"] = 1.5, ["highly"] = 1.5, ["extremely"] = 1.8, ["massive"] = 1.5, ["huge"] = 1.5, ["biggest"] = 1.5, ["largest"] = 1.5,
        ["largest-ever"] = 1.6, ["sharply"] = 1.5, ["major"] = 1.3, ["significant"] = 1.3, ["significantly"] = 1.3, ["dramatically"] = 1.5,
        ["slightly"] = 0.5, ["somewhat"] = 0.6, ["partially"] = 0.6, ["minor"] = 0.6, ["modest"] = 0.6, ["small"] = 0.7,
    };
}
