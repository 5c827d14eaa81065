package io.pressbrief.analysis.actors;

import java.time.LocalDate;

/**
 * A description that refers to an actor ("Ukrainian president"), with the time it held the role: "the
 * Ukrainian president" in a 2016 article is Poroshenko, in a 2023 one Zelensky.
 *
 * @param name how texts write the role
 * @param from the first day the actor held it, or null for as far back as the archive goes
 * @param to   the day the role passed to someone else (the next holder's {@code from}), or null while
 *             the actor holds it
 */
public record Role(String name, LocalDate from, LocalDate to) implements java.io.Serializable {
  public Role {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a role needs a name");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("role '" + name + "': from " + from + " is not before to " + to);
    }
  }

  /** A role with no dates: it refers to the actor in texts of any time. */
  public static Role always(String name) {
    return new Role(name, null, null);
  }

  /**
   * Whether the actor held the role on {@code day}. An article without a date is read as written
   * today, by the dictionary's account: only roles still held (without {@code to}) refer to anyone
   * in it, so no clock is read and a rerun gives the same answer.
   */
  public boolean heldOn(LocalDate day) {
    if (day == null) {
      return to == null;
    }
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }
}
