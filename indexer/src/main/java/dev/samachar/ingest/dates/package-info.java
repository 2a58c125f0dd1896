/**
 * Publication dates: datelines such as "Posted On: 04 OCT 2018 7:50PM by PIB Delhi" or "प्रकाशित: 04 अक्टूबर 2018
 * 07:50 PM (IST)" tokenized and matched into an IST date and time, month names in English and Hindi from CLDR, the
 * limit past which a date is a misread, and the ISO text of a date as documents carry it.
 */
package dev.samachar.ingest.dates;
