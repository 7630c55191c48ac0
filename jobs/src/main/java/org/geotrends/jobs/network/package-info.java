/** The network stage: mentions to {@code co_mentions} and {@code actor_nodes} per time window. */
package org.geotrends.jobs.network;
