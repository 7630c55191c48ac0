/** Storage edges shared by the jobs: input listing, atomic table writes, the run summary. */
package org.geotrends.jobs.io;
