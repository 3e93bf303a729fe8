import type { Locale } from "@/lib/constants"
import type { PortalSession } from "@/lib/data/portal"
import { getPortalMessages } from "@/lib/portal/messages"
import type { PortalActivity, PortalMember } from "@/lib/types/custom-routes"
import ActivityList from "@/modules/portal/components/activity-list"
import InviteForm from "@/modules/portal/components/invite-form"
import MyContactForm from "@/modules/portal/components/my-contact-form"
import ReadOnlyBanner from "@/modules/portal/components/read-only-banner"

type Props = { locale: Locale; session: PortalSession; members: PortalMember[]; activity: PortalActivity[] }

export default function MembersTemplate({ locale, session, members, activity }: Props) {
  const m = getPortalMessages(locale)
  const approved = session.vendor.status === "approved"
  return (
    <>
      <h1>{m.members.title}</h1>
      <p className="portal-intro">{m.members.intro}</p>
      <ul className="portal-members" data-testid="portal-members">
        {members.map((member) => {
          const name = [member.first_name, member.last_name].filter(Boolean).join(" ")
          return (
            <li key={member.id} className="portal-member">
              <p className="portal-member__name">
                <bdi>{name || member.email}</bdi>
                {member.id === session.member.id ? ` ${m.members.you}` : ""}
              </p>
              <p className="portal-member__meta">
                <span dir="ltr">{member.email}</span> ·{" "}
                {member.role === "owner" ? m.members.owner : m.members.member}
              </p>
            </li>
          )
        })}
      </ul>
      <section className="portal-card" aria-labelledby="history-title">
        <h2 id="history-title">{m.history.title}</h2>
        <ActivityList locale={locale} activity={activity} m={m.history} />
      </section>
      <section className="portal-card" aria-labelledby="contact-title">
        <h2 id="contact-title">{m.members.contactTitle}</h2>
        <p>{m.members.contactIntro}</p>
        <MyContactForm
          locale={locale}
          member={session.member}
          m={{ members: m.members, errors: m.errors, common: m.common }}
        />
      </section>
      <section className="portal-card" aria-labelledby="invite-title">
        <h2 id="invite-title">{m.members.inviteTitle}</h2>
        {approved ? (
          <>
            <p>{m.members.inviteIntro}</p>
            <InviteForm locale={locale} m={{ members: m.members, errors: m.errors, common: m.common }} />
          </>
        ) : (
          <ReadOnlyBanner vendor={session.vendor} m={m.status} />
        )}
      </section>
    </>
  )
}
