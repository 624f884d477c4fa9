package dev.newsflow.tagging.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IptcMediaTopicsTest {

  @Test
  void seventeenTopLevelTopicsWithDistinctCodes() {
    Set<String> codes = new HashSet<>();
    for (IptcMediaTopics t : IptcMediaTopics.values()) {
      assertThat(t.code()).matches("medtop:(0[1-9]|1[0-7])000000");
      codes.add(t.code());
    }
    assertThat(codes).hasSize(17);
    assertThat(IptcMediaTopics.POLITICS.code()).isEqualTo("medtop:11000000");
    assertThat(IptcMediaTopics.CONFLICT.label()).isEqualTo("conflict, war and peace");
    assertThat(IptcMediaTopics.ARTS.label()).isEqualTo("arts, culture, entertainment and media");
  }

  @Test
  void findsByCodeNumberLabelOrKey() {
    assertThat(IptcMediaTopics.find("medtop:15000000")).contains(IptcMediaTopics.SPORT);
    assertThat(IptcMediaTopics.find("15000000")).contains(IptcMediaTopics.SPORT);
    assertThat(IptcMediaTopics.find("Economy,  Business and Finance")).contains(IptcMediaTopics.ECONOMY);
    assertThat(IptcMediaTopics.find("human-interest")).contains(IptcMediaTopics.HUMAN_INTEREST);
    assertThat(IptcMediaTopics.find("gardening")).isEmpty();
    assertThat(IptcMediaTopics.find(null)).isEmpty();
  }
}
