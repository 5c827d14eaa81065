package io.pressbrief.analysis.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoleTest {
  private static final LocalDate FROM = LocalDate.of(2019, 5, 20);
  private static final LocalDate TO = LocalDate.of(2024, 9, 5);

  @Test
  void aRoleIsHeldFromItsFirstDayUntilTheDayItPassesOn() {
    Role role = new Role("harbour minister", FROM, TO);
    assertFalse(role.heldOn(FROM.minusDays(1)));
    assertTrue(role.heldOn(FROM));
    assertTrue(role.heldOn(TO.minusDays(1)));
    assertFalse(role.heldOn(TO), "on the handover day the next holder has it");
  }

  @Test
  void anUndatedTextIsReadAsOfTodayByTheDictionaryOnlyRolesStillHeldCount() {
    assertTrue(new Role("harbour minister", FROM, null).heldOn(null));
    assertFalse(new Role("harbour minister", FROM, TO).heldOn(null));
    assertTrue(Role.always("harbour minister").heldOn(null));
    assertTrue(Role.always("harbour minister").heldOn(LocalDate.of(1900, 1, 1)));
  }

  @Test
  void aRoleNeedsANameAndDatesInOrder() {
    assertThrows(IllegalArgumentException.class, () -> new Role(" ", null, null));
    assertThrows(IllegalArgumentException.class, () -> new Role("harbour minister", TO, FROM));
    assertThrows(IllegalArgumentException.class, () -> new Role("harbour minister", FROM, FROM));
  }
}
