package scheduling;

/** Kinds of meetings. */
public enum MeetingKind { ONE_ON_ONE, TEAM, ALL_HANDS, EXTERNAL }
