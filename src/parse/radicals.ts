/**
 * CJK radical code points → the unified ideographs they stand for. Some fonts' ToUnicode maps
 * (Noto CJK as embedded by Chromium, several 方正/华文 fonts) give a radical's code point for a
 * character drawn with the radical's glyph: 「⼯作」 for 「工作」, 「部⻔」 for 「部门」. Text extracted from
 * such a PDF looks right and matches nothing. Mapped character by character with this table, never
 * by NFKC over the text, which would also turn full-width punctuation and digits half-width.
 *
 * Kangxi Radicals (U+2F00–U+2FD5): each one's compatibility decomposition. CJK Radicals Supplement
 * (U+2E80–U+2EF3): the equivalent unified ideograph where the radical is a standalone character
 * (民 门 齐 飞 见 车 …); forms that only occur as components (⺀ ⺗ ⺮ …) have none and stay.
 */
const KANGXI = '⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕';
const KANGXI_TO = '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';
const SUPPLEMENT = '⺁⺂⺃⺅⺆⺉⺊⺌⺎⺏⺐⺒⺓⺔⺖⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺦⺨⺩⺬⺭⺯⺰⺱⺲⺹⺺⺻⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳';
const SUPPLEMENT_TO = '厂乛乚亻冂刂卜小兀尣尢巳幺彑忄扌攵旡日月歺母民氵氺灬爫丬犭王示礻糹纟罓罒耂肀聿臼艹艹艹虎衤覀西见角讠贝足车辶辶辶阝钅長镸长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟';

const TABLE = new Map<string, string>();
for (let i = 0; i < KANGXI.length; i++) TABLE.set(KANGXI[i], KANGXI_TO[i]);
for (let i = 0; i < SUPPLEMENT.length; i++) TABLE.set(SUPPLEMENT[i], SUPPLEMENT_TO[i]);

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** Replace radical code points that have a unified ideograph; everything else is left as it is. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => TABLE.get(c) ?? c);
}
