package dev.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1",
      "169.254.169.254", "169.254.0.5", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255",
      "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
      "64:ff9b::a9fe:a9fe", "::127.0.0.1", "2002:7f00:1::1", "2002:a9fe:a9fe::", "2002:5db8:d70e::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001::1"})
  void shouldRefuseNonPublicAddresses(String address) throws Exception {
    assertThat(AddressGuard.nonPublic(InetAddress.getByName(address))).as(address).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1::1"})
  void shouldAllowPublicAddresses(String address) throws Exception {
    assertThat(AddressGuard.nonPublic(InetAddress.getByName(address))).as(address).isNull();
  }

  @Test
  void shouldAllowListedHostsAndBlocks() {
    AddressGuard guard = new AddressGuard(AddressPolicy.of(false, List.of(".intranet.example", "10.1.0.0/16")),
        host -> new InetAddress[] {InetAddress.getByName(host.endsWith(".example") ? "10.9.9.9" : host)});

    assertThat(guard.refusal(URI.create("http://news.intranet.example/a"))).isNull();
    assertThat(guard.refusal(URI.create("http://10.1.200.3/a"))).isNull();
    assertThat(guard.refusal(URI.create("http://10.2.0.1/a"))).contains("private");
    assertThat(guard.refusal(URI.create("http://other.example/a"))).contains("10.9.9.9");
    assertThat(guard.refusal(URI.create("gopher://93.184.215.14/"))).contains("only http and https");
  }

  /** Issue 15, item 6: Java reads 0177.0.0.1 as 177.0.0.1, curl and glibc as 127.0.0.1. */
  @ParameterizedTest
  @ValueSource(strings = {"0177.0.0.1", "127.0.0.01", "010.0.0.1", "0x7f000001", "2130706433", "017700000001",
      "00000177.0.0.1"})
  void shouldRefuseIpv4LiteralsInAnyFormButFourDecimalNumbers(String host) {
    assertThat(permissiveGuard().refusal(URI.create("http://" + host + "/a"))).as(host)
        .contains("ambiguous form").contains("four decimal numbers");
  }

  /** java.net.URI finds no host in these (so neither would the HTTP client); refused all the same. */
  @ParameterizedTest
  @ValueSource(strings = {"0x7f.0.0.1", "127.1", "127.0.0.1.", "0177.0.0.1."})
  void shouldRefuseNumericHostsThatUriCannotRead(String host) {
    assertThat(permissiveGuard().refusal(URI.create("http://" + host + "/a"))).as(host).isNotNull();
  }

  /** Even with private networks allowed: the refusal is about ambiguity, and needs no lookup. */
  private static AddressGuard permissiveGuard() {
    return new AddressGuard(AddressPolicy.of(true, List.of()), name -> {
      throw new AssertionError("no lookup expected for " + name);
    });
  }

  @Test
  void shouldStillCheckPlainIpv4LiteralsAndNamesThatStartWithDigits() {
    AddressGuard guard = new AddressGuard(AddressPolicy.of(false, List.of()),
        host -> new InetAddress[] {InetAddress.getByName(host.equals("0day.example") ? "93.184.215.14" : host)});

    assertThat(guard.refusal(URI.create("http://93.184.215.14/a"))).isNull();
    assertThat(guard.refusal(URI.create("http://127.0.0.1/a"))).contains("loopback");
    assertThat(guard.refusal(URI.create("http://0day.example/a"))).isNull();
    assertThat(guard.refusal(URI.create("http://[2002:7f00:1::1]/a"))).contains("2002::/16");
  }

  @Test
  void shouldParseCidrsWithoutDns() {
    assertThat(Cidr.parse("fe80::/10").contains(uncheckedAddress("fe80::abcd"))).isTrue();
    assertThat(Cidr.parse("192.168.4.0/22").contains(uncheckedAddress("192.168.7.255"))).isTrue();
    assertThat(Cidr.parse("192.168.4.0/22").contains(uncheckedAddress("192.168.8.0"))).isFalse();
    assertThatThrownBy(() -> Cidr.parse("example.org/8")).hasMessageContaining("not an IP address");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("prefix length");
  }

  private static InetAddress uncheckedAddress(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
