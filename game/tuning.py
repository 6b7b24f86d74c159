"""Numbers that shape play, in one place, named; levels may override some per camera or tile."""

from __future__ import annotations

TICKS_PER_SECOND = 60
TILE_PX = 32

# The clock: 08:00 to the hearing at 10:00 in four real minutes of walking (DESIGN.md: 4 to 6); the
# system's waits below pass faster, so a run that meets the system is shorter than that in real time.
REAL_SECONDS_PER_RUN = 240
GAME_SECONDS_PER_TICK = 2 * 3600 / (REAL_SECONDS_PER_RUN * TICKS_PER_SECOND)

# Movement, in tiles per real second; tiles multiply this by their ``speed`` property.
WALK_SPEED = 2.8
RUN_SPEED = 5.0
PLAYER_RADIUS = 0.3
# Blocked by a corner, she slips sideways toward an opening this close (tiles), in steps this small.
CORNER_SLIP_TILES = 0.45
CORNER_SLIP_STEP_TILES = 0.05

# Recognition: a meter per camera fills while the player stands inside its cone.
RECOGNITION_SECONDS_AT_RANGE = 2.0  # at the cone's edge, walking
RECOGNITION_SECONDS_CLOSE = 0.6  # right under the camera, walking
RUNNING_RECOGNITION_FACTOR = 1.8
RECOGNITION_DECAY_PER_SECOND = 0.5
OBSERVATION_COOLDOWN_SECONDS = 8.0
LINGER_SECONDS = 2.5  # standing still this long in a cone reads as "anxious"
ANXIOUS_INFERENCES = ("anxious", "hurrying")
EMOTION_READ_ANXIOUS = 0.6  # how often a camera that "reads emotion" reads the player as anxious

# The system.
START_SCORE = 1000
SCORE_WASTE_SORTED = 5
SCORE_BIKE_PARKED = 5
SCORE_RED_LIGHT = -30
ACT_REACH_TILES = 1.6
# Time the system takes passes on screen, faster than play's clock, and never past the hearing: each
# wait is capped at the minutes left, so "too late" comes at the hearing's minute, not after it.
STATION_MINUTES = 15
STATION_REAL_SECONDS = 10.0
GATE_QUEUE_MINUTES = 5  # waiting in line at a checkpoint, whatever the pass says
QUEUE_REAL_SECONDS = 5.0
WALKED_HOME_MINUTES = 10
WALKED_HOME_REAL_SECONDS = 4.0
HELD_REAL_SECONDS = 15.0  # pulled over: the rest of the morning runs out on the hard shoulder
BUS_REAL_SECONDS_PER_MINUTE = 0.5
CAPTION_SECONDS = 4.0
MESSAGE_SECONDS = 5.0

# The smart street (the second scenario): sound sensors hear running, counting cameras count.
TENSION_PER_SECOND_RUNNING = 0.25
TENSION_PER_COUNT = 0.08
TENSION_DECAY_PER_SECOND = 0.02
TENSION_BANDS = (0.3, 0.6, 0.9)
TENSION_BAND_NAMES = ("raised", "high", "very high")

# The route kept in the run file: one sample every this many ticks.
ROUTE_SAMPLE_TICKS = 30

# The cone drawn is the cone that detects: vertices along an arc at most this many degrees apart.
CONE_ARC_STEP_DEGREES = 6

# Touch (game.screens.touch_walk): she walks toward the finger, or to where it tapped.
TOUCH_ARRIVE_TILES = 0.35  # this close to the tapped point, she has arrived
TOUCH_ACT_TILES = 0.9  # a tap this close to her is "act" (sort the waste, park the bike)
TOUCH_STUCK_TICKS = 12  # she has not moved for this long (a wall): the walk ends
