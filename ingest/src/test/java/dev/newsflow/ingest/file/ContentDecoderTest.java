package dev.newsflow.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
  private static final String QUOTED = "\u201cCaf\u00e9\u201d \u2014 \u20ac5";

  @Test
  void shouldReadValidUtf8AsUtf8EvenWhenAnotherCharsetIsDeclared() {
    String page = "<html><head><meta charset=\"windows-1252\"></head><body>" + QUOTED + "</body></html>";
    ContentDecoder.Decoded decoded = ContentDecoder.decode(page.getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo(page);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.fallback()).isFalse();
    assertThat(decoded.describe()).isEqualTo("UTF-8");
  }

  @Test
  void shouldHonourMetaCharsetWhenTheBytesAreNotUtf8() {
    String page = "<html><head><meta charset=\"ISO-8859-2\"><title>x</title></head><body>"
        + "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144</body></html>";
    ContentDecoder.Decoded decoded = ContentDecoder.decode(page.getBytes(ISO_8859_2));
    assertThat(decoded.text()).isEqualTo(page);
    assertThat(decoded.charset()).isEqualTo(ISO_8859_2);
    assertThat(decoded.describe()).isEqualTo("ISO-8859-2 (declared iso-8859-2)");
  }

  @Test
  void shouldHonourHttpEquivContentType() {
    String page = "<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1251'></HEAD>"
        + "<BODY>\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440</BODY></HTML>";
    ContentDecoder.Decoded decoded = ContentDecoder.decode(page.getBytes(Charset.forName("windows-1251")));
    assertThat(decoded.text()).isEqualTo(page);
    assertThat(decoded.charset().name()).isEqualTo("windows-1251");
  }

  @Test
  void shouldReadIso88591DeclarationsAsWindows1252LikeBrowsers() {
    // 0x93/0x94 are control codes in ISO-8859-1 but curly quotes in windows-1252, which such pages really use.
    String page = "<meta http-equiv=\"content-type\" content=\"text/html;charset=iso-8859-1\"><p>" + QUOTED + "</p>";
    ContentDecoder.Decoded decoded = ContentDecoder.decode(page.getBytes(WINDOWS_1252));
    assertThat(decoded.text()).isEqualTo(page);
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.describe()).isEqualTo("windows-1252 (declared iso-8859-1)");
  }

  @Test
  void shouldDecodeLatin1BytesLosslesslyWhenTheyDeclareUtf8() {
    String page = "<meta charset=utf-8><p>" + QUOTED + " na\u00efve \u00fcber</p>";
    ContentDecoder.Decoded decoded = ContentDecoder.decode(page.getBytes(WINDOWS_1252));
    assertThat(decoded.text()).isEqualTo(page).doesNotContain("\uFFFD");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.fallback()).isTrue();
    assertThat(decoded.describe()).isEqualTo("windows-1252 (not valid UTF-8 nor the declared utf-8)");
  }

  @Test
  void shouldFallBackWhenTheDeclaredCharsetCannotDecodeTheBytes() {
    // These windows-1252 quote, dash and euro bytes are not valid Shift_JIS: the declaration is wrong, so fall back.
    String page = "<meta charset=\"shift_jis\"><p>" + QUOTED + "</p>";
    byte[] bytes = page.getBytes(WINDOWS_1252);
    ContentDecoder.Decoded decoded = ContentDecoder.decode(bytes);
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.text()).isEqualTo(page);
  }

  @Test
  void shouldIgnoreUnknownAndUtf16LabelsAndDeclarationsAfterThePrescanWindow() {
    byte[] unknown = "<meta charset=\"no-such-charset\"><p>Caf\u00e9</p>".getBytes(WINDOWS_1252);
    assertThat(ContentDecoder.decode(unknown).charset()).isEqualTo(WINDOWS_1252);
    byte[] utf16 = "<meta charset=\"utf-16\"><p>Caf\u00e9</p>".getBytes(WINDOWS_1252);
    assertThat(ContentDecoder.decode(utf16).text()).isEqualTo("<meta charset=\"utf-16\"><p>Caf\u00e9</p>");
    String late = "<!-- " + "x".repeat(ContentDecoder.PRESCAN_BYTES) + " --><meta charset=\"iso-8859-2\">\u0142";
    assertThat(ContentDecoder.declaredCharset(late.getBytes(ISO_8859_2))).isNull();
  }

  @Test
  void shouldMapEveryByteToACharacterInTheFallback() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    ContentDecoder.Decoded decoded = ContentDecoder.decode(all);
    assertThat(decoded.text()).hasSize(256).doesNotContain("\uFFFD");
    // The five bytes windows-1252 leaves undefined keep their value as C1 code points, as browsers do.
    assertThat(decoded.text().charAt(0x81)).isEqualTo('\u0081');
    assertThat(decoded.text().charAt(0x93)).isEqualTo('\u201c');
    assertThat(decoded.describe()).isEqualTo("windows-1252 (not valid UTF-8, no declared charset)");
  }

  @Test
  void shouldStripAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(ContentDecoder.decode(bom).text()).isEqualTo("hi");
    byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    assertThat(ContentDecoder.decode(utf16le).text()).isEqualTo("hi");
    assertThat(ContentDecoder.decode(new byte[0]).text()).isEmpty();
  }

  @Test
  void shouldFindQuotedAndUnquotedDeclarations() {
    assertThat(ContentDecoder.declaredCharset(ascii("<meta charset='Windows-1250'>"))).isEqualTo("windows-1250");
    assertThat(ContentDecoder.declaredCharset(ascii("<META charset=KOI8-R>"))).isEqualTo("koi8-r");
    assertThat(ContentDecoder.declaredCharset(ascii(
        "<meta content=\"text/html; charset=EUC-JP\" http-equiv=\"Content-Type\">"))).isEqualTo("euc-jp");
    assertThat(ContentDecoder.declaredCharset(ascii("<p>charset=utf-8 in prose</p>"))).isNull();
    assertThat(Arrays.asList(ContentDecoder.declaredCharset(ascii("")))).containsExactly((String) null);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
